import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src-main/domain/article';
import { expectWellFormed, sentenceTexts } from './well-formed';

const lead =
  'Mexican President Claudia Sheinbaum firmly rejected any possibility of US intervention on Thursday, declaring that Mexico would never tolerate an invasion. The move raised concerns.';
const second = 'Spending on schools will rise by four percent next year, the mayor said.';

describe('title', () => {
  it('reads a first line that does not read as prose as the title, not as body', () => {
    const article = parseArticle(`Budget passes at last\n\n${lead}\n\n${second}`);
    expect(article.title).toBe('Budget passes at last');
    expect(sentenceTexts(article)[0]).toMatch(/^Mexican President/);
  });

  it('accepts a question as a title', () => {
    expect(parseArticle(`Is the budget enough?\n\n${lead}`).title).toBe('Is the budget enough?');
  });

  it('lets meta.title override the title line, which is still not body text', () => {
    const article = parseArticle(`Budget passes at last\n\n${lead}`, { title: 'My own title' });
    expect(article.title).toBe('My own title');
    expect(sentenceTexts(article).join(' ')).not.toContain('Budget passes');
  });

  it('ignores a blank meta.title', () => {
    expect(parseArticle(`Budget passes at last\n\n${lead}`, { title: '  ' }).title).toBe('Budget passes at last');
  });

  it('without a title line, takes meta.title or else the first sentence, cut at a word', () => {
    const text = `${lead}\n\n${second}`;
    expect(parseArticle(text, { title: 'Given' }).title).toBe('Given');
    const derived = parseArticle(text).title;
    expect(derived).toBe('Mexican President Claudia Sheinbaum firmly rejected any possibility of US…');
    expect(sentenceTexts(parseArticle(text))).toHaveLength(3);
  });

  it('takes a short first sentence whole, without its full stop', () => {
    expect(parseArticle('The cat sat on the mat. It purred.').title).toBe('The cat sat on the mat');
  });

  it('treats a lone short line as body, since there is nothing after it', () => {
    const article = parseArticle('Hello world');
    expect(article.title).toBe('Hello world');
    expect(sentenceTexts(article)).toEqual(['Hello world']);
  });
});

describe('source, dateline and meta', () => {
  it('reads the corpus header in order: title, source, dateline', () => {
    const text = `A title\n\nSource: Wikinews, 2008-08-15, CC BY 2.5, https://example.org/x\n\nFriday, August 15, 2008\n\n${lead}`;
    const article = parseArticle(text);
    expect(article.title).toBe('A title');
    expect(article.source).toBe('Wikinews, 2008-08-15, CC BY 2.5, https://example.org/x');
    expect(article.dateline).toBe('Friday, August 15, 2008');
    expect(sentenceTexts(article)[0]).toMatch(/^Mexican President/);
  });

  it.each(['August 15, 2008', '15 August 2008', 'Fri, Aug. 15, 2008', '2008-08-15', 'Monday, 3rd March 2025'])(
    'reads the dateline "%s"',
    (dateline) => {
      expect(parseArticle(`A title\n\n${dateline}\n\n${lead}`).dateline).toBe(dateline);
    },
  );

  it('reads a dateline at the very top, then a title', () => {
    const article = parseArticle(`March 5, 2007\n\nLanterns light up Taipei\n\n${lead}`);
    expect(article.dateline).toBe('March 5, 2007');
    expect(article.title).toBe('Lanterns light up Taipei');
  });

  it('does not take a sentence that starts with a date as a dateline', () => {
    const article = parseArticle(`A title\n\nMarch 5, 2007 was a cold day in Taipei.\n\n${lead}`);
    expect(article.dateline).toBeNull();
    expect(sentenceTexts(article)[0]).toBe('March 5, 2007 was a cold day in Taipei.');
  });

  it('passes language and source from meta through, meta.source winning over a source line', () => {
    const article = parseArticle(`A title\n\nSource: Somewhere\n\n${lead}`, { language: 'en-GB', source: null });
    expect(article.language).toBe('en-GB');
    expect(article.source).toBeNull();
    expect(parseArticle(lead).language).toBe('en');
  });
});

describe('whitespace conventions', () => {
  it('keeps CRLF text and a BOM verbatim, with spans into it', () => {
    const text = `\uFEFFA title\r\n\r\nFirst paragraph here. It has two sentences.  \r\n\r\n\r\n\r\nSecond\tparagraph,\ttabbed.\t\r\n`;
    const article = parseArticle(text);
    expect(article.text).toBe(text);
    expect(article.title).toBe('A title');
    expect(sentenceTexts(article)).toEqual(['First paragraph here.', 'It has two sentences.', 'Second\tparagraph,\ttabbed.']);
    expectWellFormed(article);
  });

  it('reads old Mac line endings and lines of spaces as blank lines', () => {
    const article = parseArticle(`A title\r   \r${lead}\r \t \r${second}`);
    expect(article.title).toBe('A title');
    expect(article.sections[0]?.paragraphs).toHaveLength(2);
  });

  it('keeps a hard-wrapped paragraph together, line breaks included', () => {
    const article = parseArticle(`A title\n\nThe first line\nwraps here. The second\nsentence ends.\n\n${second}`);
    expect(sentenceTexts(article).slice(0, 2)).toEqual(['The first line\nwraps here.', 'The second\nsentence ends.']);
  });
});
