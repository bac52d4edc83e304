import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src-main/domain/article';
import type { Article } from '../../../src-main/domain/article';
import { expectWellFormed, sentenceTexts } from './well-formed';

const title = 'Council passes the budget';
const lead = 'The council approved the new budget on Monday after a long debate.';
const second = 'Spending on schools will rise by four percent next year, the mayor said.';

const article = (...blocks: string[]): Article => parseArticle(blocks.join('\n\n'));
const droppedOf = (parsed: Article): Array<[string, string]> =>
  parsed.dropped.map((block) => [block.reason, parsed.text.slice(block.span.start, block.span.end)]);
const paragraphCount = (parsed: Article): number => parsed.sections.flatMap((section) => section.paragraphs).length;

describe('page furniture at the end', () => {
  it.each<[string, string]>([
    ['Leave a Reply', 'comment-form'],
    ['Leave a Reply to Jane Cancel reply', 'comment-form'],
    ['Your email address will not be published. Required fields are marked *', 'comment-form'],
    ['You must be logged in to post a comment.', 'comment-form'],
    ['3 Comments', 'comment-form'],
    ['12 thoughts on “Council passes the budget”', 'comment-form'],
    ['Share this:', 'share-links'],
    ['Share on Facebook', 'share-links'],
    ['Click to share on Twitter (Opens in new window)', 'share-links'],
    ['Like this:', 'share-links'],
    ['Related posts', 'navigation'],
    ['You may also like', 'navigation'],
    ['Posted in News, Local Politics', 'navigation'],
    ['Tags: budget, council, schools', 'navigation'],
    ['Filed under: Local', 'navigation'],
    ['Previous post: Council meets again', 'navigation'],
    ['Subscribe to our newsletter for daily updates', 'navigation'],
    ['We use cookies to improve your experience. By continuing you accept our cookie policy.', 'navigation'],
    ['This website uses cookies.', 'navigation'],
    ['© 2025 Example News. All rights reserved.', 'navigation'],
    ['Advertisement', 'navigation'],
  ])('drops "%s" as %s', (furniture, reason) => {
    const parsed = article(title, lead, second, furniture);
    expect(droppedOf(parsed)).toEqual([[reason, furniture]]);
    expect(paragraphCount(parsed)).toBe(2);
    expectWellFormed(parsed);
  });

  it('drops a run of furniture blocks, whatever their order', () => {
    const parsed = article(title, lead, second, 'Share this:', 'Tweet', 'Leave a Reply', 'Name *', 'Email *', 'Website');
    expect(droppedOf(parsed).map(([reason]) => reason)).toEqual([
      'share-links', 'share-links', 'comment-form', 'comment-form', 'comment-form', 'comment-form',
    ]);
    expect(paragraphCount(parsed)).toBe(2);
  });

  it('drops the short items after "Related posts" that no pattern knows', () => {
    const parsed = article(title, lead, second, 'Related posts', 'Council meets again on Friday', 'New school opens in May');
    expect(droppedOf(parsed)).toEqual([
      ['navigation', 'Related posts'],
      ['navigation', 'Council meets again on Friday'],
      ['navigation', 'New school opens in May'],
    ]);
  });

  it('lets only the heading of such a region open it, not a lone label', () => {
    const parsed = article(title, lead, second, 'Advertisement', 'The vote was close.');
    expect(parsed.dropped).toEqual([]);
    expect(sentenceTexts(parsed).at(-1)).toBe('The vote was close.');
  });

  it('reads a source line at the end', () => {
    const parsed = article(title, lead, second, 'Source: City Gazette');
    expect(parsed.source).toBe('City Gazette');
    expect(droppedOf(parsed)).toEqual([['source-line', 'Source: City Gazette']]);
  });
});

describe('page furniture at the start', () => {
  it('drops "Skip to content" before the title and an advertisement after it', () => {
    const parsed = article('Skip to content', title, 'Advertisement', lead, second);
    expect(parsed.title).toBe(title);
    expect(droppedOf(parsed)).toEqual([
      ['navigation', 'Skip to content'],
      ['navigation', 'Advertisement'],
    ]);
    expect(sentenceTexts(parsed)[0]).toBe(lead);
  });
});

describe('article text that merely resembles furniture', () => {
  it.each([
    'Leave a reply, he said, and we will answer by Monday.',
    'In his reply, the minister said he would leave a reply to the committee later.',
    'Posted in 2019, the video went viral.',
    'Copyright law changed in 2019.',
    'Share this with your friends, she urged.',
    'Comments from readers poured in all week.',
    'Related concerns were raised by the auditor.',
  ])('keeps "%s" as the last paragraph', (ending) => {
    const parsed = article(title, lead, second, ending);
    expect(parsed.dropped).toEqual([]);
    expect(sentenceTexts(parsed).at(-1)).toBe(ending);
  });

  it('leaves furniture-like lines in the middle of the article alone', () => {
    const long = `${second} ${lead} ${second}`;
    const parsed = article(title, lead, 'Share this:', long, 'Advertisement', long);
    expect(parsed.dropped).toEqual([]);
    // Kept as text: "Share this:" as a paragraph and "Advertisement", shaped like one, as a heading.
    expect(sentenceTexts(parsed)).toContain('Share this:');
    expect(parsed.sections.map((section) => section.heading)).toEqual([null, 'Advertisement']);
  });

  it('never drops a long paragraph that starts like furniture', () => {
    const long = `Tags: ${'budget council schools '.repeat(25)}were the words of the year.`;
    const parsed = article(title, lead, long);
    expect(parsed.dropped).toEqual([]);
  });
});

describe('empty blocks', () => {
  it('drops blocks with no letter or digit anywhere, such as scene breaks', () => {
    const parsed = article(title, lead, '* * *', second, '—');
    expect(droppedOf(parsed)).toEqual([
      ['empty', '* * *'],
      ['empty', '—'],
    ]);
    expect(paragraphCount(parsed)).toBe(2);
  });
});
