import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src-main/domain/article/sentences';

const split = (paragraph: string): string[] =>
  splitSentences(paragraph, { start: 0, end: paragraph.length }).map((span) => paragraph.slice(span.start, span.end));

describe('splitSentences', () => {
  it.each<[string, string, string[]]>([
    [
      'a quotation with inner commas, parentheses and an em dash',
      '“They can call them (the cartels) whatever they want, but … even less invasion,” Sheinbaum stated. It was Thursday.',
      ['“They can call them (the cartels) whatever they want, but … even less invasion,” Sheinbaum stated.', 'It was Thursday.'],
    ],
    [
      'a sentence ending inside a closing curly quote',
      'They were labelled as “terrorist entities.” The sanctioned groups include the Gulf Cartel.',
      ['They were labelled as “terrorist entities.”', 'The sanctioned groups include the Gulf Cartel.'],
    ],
    ['a sentence ending inside a straight quote', '"Hello," he said. "Bye." Then he left.', ['"Hello," he said.', '"Bye."', 'Then he left.']],
    ['U.S. inside a sentence', 'The U.S. Army sent troops to the border.', ['The U.S. Army sent troops to the border.']],
    ['U.S. ending a sentence', 'He lives in the U.S. He likes it there.', ['He lives in the U.S.', 'He likes it there.']],
    ['titles before names', 'Gen. Smith met Mr. Jones and Dr. Lee on St. Patrick Street.', ['Gen. Smith met Mr. Jones and Dr. Lee on St. Patrick Street.']],
    ['a month abbreviation before a day', 'The talks began on Jan. 5 in Geneva. They ended soon.', ['The talks began on Jan. 5 in Geneva.', 'They ended soon.']],
    ['e.g. before lower case', 'Some fruit, e.g. apples, keeps well.', ['Some fruit, e.g. apples, keeps well.']],
    ['No. before a number', 'He was ranked No. 3 in the world.', ['He was ranked No. 3 in the world.']],
    ['Vol. and Fig. before numbers', 'See Vol. 2 and Fig. 3 for details.', ['See Vol. 2 and Fig. 3 for details.']],
    ['approx. before a number', 'It weighs approx. 5 kilograms.', ['It weighs approx. 5 kilograms.']],
    ['et al. before lower case', 'Smith et al. reported the effect in 2001.', ['Smith et al. reported the effect in 2001.']],
    ['a dotted degree before lower case', 'I needed an internship for my M.Sc. studies, so I wrote.', ['I needed an internship for my M.Sc. studies, so I wrote.']],
    ['initials', 'The Hobbit by J. R. R. Tolkien sold well. It still does.', ['The Hobbit by J. R. R. Tolkien sold well.', 'It still does.']],
    ['a single initial', 'The writer L. Ron Hubbard founded it.', ['The writer L. Ron Hubbard founded it.']],
    ['decimals and prices', 'Growth was 3.5 percent. Bread cost $3.50 then.', ['Growth was 3.5 percent.', 'Bread cost $3.50 then.']],
    ['an em dash between clauses', 'He paused — then he left. Nobody followed.', ['He paused — then he left.', 'Nobody followed.']],
    ['a quoted question inside a sentence', 'He asked "why?" and left the room.', ['He asked "why?" and left the room.']],
    ['a quoted question ending a sentence', 'He asked, "Why?" Nobody knew.', ['He asked, "Why?"', 'Nobody knew.']],
    ['a web address', 'Visit www.example.com for more. Or call us.', ['Visit www.example.com for more.', 'Or call us.']],
    ['an all-capitals word wink reads as "i.e."', 'Update to a newer IE. Its goal is clear.', ['Update to a newer IE.', 'Its goal is clear.']],
    ['an all-capitals title abbreviation', 'THE ST. LOUIS TEAM WON.', ['THE ST. LOUIS TEAM WON.']],
    [
      'a full stop inside closing parentheses',
      '(They ignore that food-source.) For this we used colonies.',
      ['(They ignore that food-source.)', 'For this we used colonies.'],
    ],
    ['an ellipsis inside a sentence', 'Wait... what happened? I do not know!', ['Wait... what happened?', 'I do not know!']],
    ['lettered list items', 'The sins: a) Leaving the group. b) Refusing to lie.', ['The sins: a) Leaving the group.', 'b) Refusing to lie.']],
    ['a hard-wrapped paragraph', 'The first line\nwraps here. The second\r\nsentence ends.', ['The first line\nwraps here.', 'The second\r\nsentence ends.']],
    ['a character wink drops from its tokens', 'Zero\uFEFFwidth here. Next one.', ['Zero\uFEFFwidth here.', 'Next one.']],
    ['text without a full stop', 'Inspired by the works of Kazimir Malevich', ['Inspired by the works of Kazimir Malevich']],
  ])('%s', (_name, paragraph, expected) => {
    expect(split(paragraph)).toEqual(expected);
  });

  it('returns spans into the whole text when the paragraph does not start at 0', () => {
    const text = 'Title\n\n  First one. Second one.  \n\nNext.';
    const start = text.indexOf('First');
    const end = text.indexOf('Second one.') + 'Second one.'.length;
    const spans = splitSentences(text, { start, end });
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['First one.', 'Second one.']);
    expect(spans[0]?.start).toBe(start);
  });

  it('returns nothing for a paragraph of whitespace', () => {
    expect(split('  \t ')).toEqual([]);
  });
});
