import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src-main/domain/article';

const lead = 'The council approved the new budget on Monday after a long debate.';
const body = 'Spending on schools will rise by four percent next year, the mayor said.';

const headingsOf = (...blocks: string[]): Array<string | null> =>
  parseArticle(['A title', ...blocks].join('\n\n')).sections.map((section) => section.heading);

describe('section headings', () => {
  it.each([
    ['a short line before a paragraph', 'Early life'],
    ['a numbered heading', '2. Method and results'],
    ['a title-case heading', 'Mexico Adjusts Strategy'],
    ['a heading with a bracket', 'Career (1990–2000)'],
  ])('finds %s', (_name, heading) => {
    expect(headingsOf(lead, heading, body)).toEqual([null, heading]);
  });

  it.each([
    ['a short sentence', 'It rained.'],
    ['a question', 'What first attracted you to researching ants?'],
    ['a one-line pull quote', '"I have no doubt there will be more cases documented"'],
    ['a curly-quoted pull quote', '“Never again”'],
    ['a lead-in ending in a comma', 'Rathbun stated,'],
    ['a lead-in ending in a colon', 'He listed three reasons:'],
    ['a line starting in lower case', 'and then the vote'],
    ['a line of more than ten words', 'The eleven words in this line are far too many for a heading'],
  ])('does not take %s for a heading', (_name, line) => {
    expect(headingsOf(lead, line, body)).toEqual([null]);
  });

  it('never takes the first block of the body for a heading', () => {
    expect(headingsOf('Budget news', lead, body)).toEqual([null]);
  });

  it('needs a normal paragraph after a heading', () => {
    expect(headingsOf(lead, body, 'The end')).toEqual([null]);
    expect(headingsOf(lead, 'Part one', 'Early years', body)).toEqual([null, 'Early years']);
  });

  it('does not take a hard-wrapped block of short lines for a heading', () => {
    expect(headingsOf(lead, 'Early\nlife', body)).toEqual([null]);
  });

  it('gives each heading its exact span', () => {
    const text = `A title\n\n${lead}\n\n  Early life  \n\n${body}`;
    const section = parseArticle(text).sections[1];
    expect(section?.headingSpan && text.slice(section.headingSpan.start, section.headingSpan.end)).toBe('Early life');
  });
});
