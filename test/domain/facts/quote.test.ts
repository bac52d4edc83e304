import { describe, expect, it } from 'vitest';
import { contextOf, readArticle } from '../entities/analyse';
import { allQuoteFacts, brief, quoteFacts, quotes } from './quote-support';

describe('quote facts of the seed article', () => {
  const facts = quoteFacts(contextOf(readArticle('seed')));

  it('finds the partial quote in reported speech and the full quote, both by Sheinbaum', () => {
    expect(facts.map(brief)).toEqual([
      ['Claudia Sheinbaum', 'never tolerate an invasion', 'quote:reported-speech', true],
      [
        'Claudia Sheinbaum',
        'They can call them (the cartels) whatever they want, but with Mexico, it is collaboration and coordination—never subordination or interventionism, and even less invasion',
        'quote:quote-then-verb',
        false,
      ],
    ]);
    expect(facts[1]).toMatchObject({ answer: 'Sheinbaum', aliases: ['Claudia Sheinbaum'] });
  });

  it('leaves the scare quotes "terrorist entities" and "hugs not bullets" alone', () => {
    expect(facts.some((fact) => /terrorist entities|hugs not bullets/.test(fact.quote))).toBe(false);
  });
});

describe.each([
  ['01-canada-sensitive-document-found.txt', [
    ['John Baird', /^I'm told two things/, 'quote:quote-then-verb'],
    ['Sujata Raisinghani', /^We take document security seriously$/, 'quote:quote-then-verb'],
    ['Paul Dewar', /^This government is so consumed/, 'quote:quote-then-verb'],
  ]],
  ['02-homeopathy-parents-manslaughter-trial.txt', [
    ['Mark Tedeschi', /^Gloria spent a lot/, 'quote:in-the-words-of'],
    ['Mark Tedeschi', /^Gloria's eczema played a devastating role/, 'quote:reported-speech'],
    ['Thomas Sam', /^I am not able to do that$/, 'quote:verb-then-quote'],
    ['Sydney Morning Herald', /^her skin was weeping/, 'quote:according-to'],
  ]],
  ['03-microsoft-ie6-countdown.txt', [
    ['Microsoft', /^\[Ten\] years ago.*say goodbye$/, 'quote:quote-then-verb'],
    ['PC World', /^Usually, Internet Explorer is the #2 browser.*Chrome\.$/, 'quote:verb-then-quote'],
  ]],
  ['04-scientology-defector-arrested.txt', [
    ['Mark Rathbun', /^Moxon proceeded to lie/, 'quote:verb-then-quote'],
    ['Mark Rathbun', /^Daniel was picked up by an investigator.*windows\.$/, 'quote:verb-then-next-paragraph'],
    ['Mark Rathbun', /^\.\.\. plied the Sheriff's detective/, 'quote:reported-speech'],
    ['Steve Whitmore', /^walked into lobby/, 'quote:reported-speech'],
    ['Mark Rathbun', /^facing the penitentiary/, 'quote:described-as'],
  ]],
  ['06-daniel-bernoulli.txt', [['W. W. Rouse Ball', /^by far the ablest of the younger Bernoullis$/, 'quote:described-as']]],
  ['07-zaha-hadid.txt', [
    ['Rem Koolhaas', /^a planet in her own orbit\.$/, 'quote:described-as'],
  ]],
  ['08-taipei-lantern-festival.txt', []],
] as const)('quote facts of %s', (file, expected) => {
  const facts = quoteFacts(contextOf(readArticle(file)));

  it('finds each quotation with its speaker and no other', () => {
    expect(facts).toHaveLength(expected.length);
    expected.forEach(([speaker, quote, rule], at) => {
      expect(facts[at]).toMatchObject({ speaker, rule });
      expect(facts[at]?.quote).toMatch(quote);
    });
  });
});

describe('interview answers', () => {
  const facts = quoteFacts(contextOf(readArticle('05-self-medicating-ants-interview.txt')));

  it('quotes the interviewee in the answers, and nothing from the lead', () => {
    expect(facts.length).toBeGreaterThanOrEqual(4);
    expect(new Set(facts.map((f) => [f.speaker, f.rule].join()))).toEqual(new Set(['Nick Bos,quote:interview-answer']));
    expect(facts.some((f) => /self-medicating|amazing adaptations|general public/.test(f.quote))).toBe(false);
    expect(facts.every((f) => f.quote === f.sentence && !f.partial)).toBe(true);
  });

  it('finds no interview in an article without questions to "you"', () => {
    const text = 'Ann Lee, of the University of Leeds, studies bees.\n\nIs it cold?\n\nIt is.\n\nIs it wet?\n\nWe think it is wet and cold here.';
    expect(quotes(text)).toEqual([]);
  });

  it('reads an invented interview', () => {
    const text = [
      'Beekeeper talks to us', 'Ann Lee, of the University of Leeds, studies bees. Lee now discusses her work.',
      'What got you interested in bees?', 'I grew up on a farm where we kept bees for honey and wax.',
      'What are you working on now?', 'We are testing how bees respond to long and cold winters.',
    ].join('\n\n');
    expect(quotes(text).map((f) => [f.speaker, f.quote])).toEqual([
      ['Ann Lee', 'I grew up on a farm where we kept bees for honey and wax.'],
      ['Ann Lee', 'We are testing how bees respond to long and cold winters.'],
    ]);
  });
});

describe('quotation words as answers in the corpus', () => {
  const words = (file: string): string[][] =>
    allQuoteFacts(contextOf(readArticle(file))).filter((f) => f.rule === 'quote:content' || f.rule === 'quote:key-phrase').map((f) => [f.rule, f.answer]);

  it('asks the key phrase of the seed quotations', () => {
    expect(words('seed')).toEqual([['quote:key-phrase', 'an invasion'], ['quote:key-phrase', 'collaboration and coordination']]);
  });

  it('asks a short reply whole, and the key phrase of a prosecutor and a researcher', () => {
    expect(words('02-homeopathy-parents-manslaughter-trial.txt')).toContainEqual(['quote:content', 'I am not able to do that']);
    expect(words('02-homeopathy-parents-manslaughter-trial.txt')).toContainEqual(['quote:key-phrase', 'a devastating role']);
    expect(words('05-self-medicating-ants-interview.txt')).toContainEqual(['quote:key-phrase', 'very reliable']);
    expect(words('03-microsoft-ie6-countdown.txt')).toContainEqual(['quote:key-phrase', 'say goodbye']);
    expect(words('04-scientology-defector-arrested.txt')).toContainEqual(['quote:key-phrase', 'anti-christ']);
  });
});
