import { describe, expect, it } from 'vitest';
import { extractTermFacts } from '../../../src-main/domain/facts/extract/term';
import type { TermFact } from '../../../src-main/domain/facts/model';
import { contextFor, runAll, slice } from './clause-fixture';
import type { KnownName } from './clause-fixture';

const NAMES: KnownName[] = [
  { name: 'Paul Dewar', type: 'person', aliases: ['Dewar'] },
  { name: 'Qatar', type: 'place' },
  { name: 'John Smith', type: 'person' },
  { name: 'Environment Canada', type: 'other' },
  { name: 'New Zealand', type: 'place' },
];

function terms(text: string): { facts: TermFact[]; context: ReturnType<typeof contextFor> } {
  const context = contextFor(text, NAMES);
  return { facts: runAll(context, extractTermFacts), context };
}

describe('term facts', () => {
  it.each([
    {
      name: 'a quoted name before its head noun (seed)',
      text: 'She has shifted away from her predecessor’s “hugs not bullets” approach, which focused on social programs.',
      term: 'hugs not bullets', denotes: 'approach', rule: 'term:quoted-modifier',
    },
    {
      name: 'a quoted label and what it labels (seed)',
      text: 'Canada joined the US in labeling seven drug cartels as “terrorist entities.”',
      term: 'terrorist entities', denotes: 'seven drug cartels', rule: 'term:quoted-label',
    },
    {
      name: 'a quoted adjective before a noun (corpus 05 title)',
      text: "Biologist Nick Bos studies 'self-medicating' ants in Finland.",
      term: 'self-medicating', denotes: 'ants', rule: 'term:quoted-modifier',
    },
    {
      name: 'a quoted appositive name (corpus 03)',
      text: 'On a new website, "The Internet Explorer 6 Countdown", Microsoft has launched an aggressive campaign.',
      term: 'The Internet Explorer 6 Countdown', denotes: 'a new website', rule: 'term:quoted-name',
    },
    {
      name: 'a quoted concept with no speaker (corpus 05)',
      text: "This means it's impossible to influence the results with 'observer bias'.",
      term: 'observer bias', denotes: null, rule: 'term:quoted-concept',
    },
    {
      name: 'a quoted term and its definition (corpus 04)',
      text: 'To "route out" in Scientology jargon refers to the member who wishes to leave proceeding through a set of exit interviews while attached to a device.',
      term: 'route out', denotes: 'the member who wishes to leave proceeding through a set of exit interviews', rule: 'term:defined',
    },
    {
      name: '"called" + a capitalised name (corpus 04)',
      text: 'A defector from the elite group within Scientology called the Sea Org was arrested.',
      term: 'Sea Org', denotes: 'the elite group within Scientology', rule: 'term:called',
    },
    {
      name: '"known as"',
      text: 'The treaty known as the Kyoto Protocol was signed by most nations.',
      term: 'Kyoto Protocol', denotes: 'The treaty', rule: 'term:called',
    },
    {
      name: 'a name, then "a/an" and what it is (corpus 05)',
      text: 'Some ants were infected with Beauveria bassiana, a fungus.',
      term: 'Beauveria bassiana', denotes: 'a fungus', rule: 'term:appositive',
    },
    {
      name: 'a present-tense definition',
      text: 'Photosynthesis is a process which converts light into chemical energy.',
      term: 'Photosynthesis', denotes: 'a process which converts light into chemical energy', rule: 'term:is-a',
    },
    {
      name: 'a name before the kind of thing it names',
      text: 'She also writes the Bugwatch blog in her spare time.',
      term: 'Bugwatch', denotes: 'the Bugwatch blog', rule: 'term:named-kind',
    },
    {
      name: 'a name after the kind of thing it names',
      text: 'Every page carried the stamp Secret C in red ink.',
      term: 'Secret C', denotes: 'the stamp', rule: 'term:kind-name',
    },
    {
      name: 'a name with a number after a described kind',
      text: 'Pages are now written in the markup language XQL 3 by most designers.',
      term: 'XQL 3', denotes: 'the markup language', rule: 'term:kind-name',
    },
    {
      name: 'a bracketed gloss',
      text: 'We built the walls from Durox [lightweight concrete].',
      term: 'Durox', denotes: 'lightweight concrete', rule: 'term:gloss',
    },
    {
      name: 'an acronym spelled out in brackets',
      text: 'The cells released NOS [Nitric Oxide Synthase, an enzyme].',
      term: 'Nitric Oxide Synthase', denotes: 'NOS', rule: 'term:acronym',
    },
    {
      name: 'a name followed by its short form in brackets',
      text: 'The agency handed the case to the Federal Bureau of Investigation (FBI) last week.',
      term: 'Federal Bureau of Investigation', denotes: 'FBI', rule: 'term:short-form',
    },
    {
      name: 'a versioned name followed by its short form (corpus 03)',
      text: "With development of Microsoft's Internet Explorer 9 (IE9) browser almost complete, users were told to move on.",
      term: 'Internet Explorer 9', denotes: 'IE9', rule: 'term:short-form',
    },
    {
      name: 'what something has been described as',
      text: 'Critics have described the diet as pseudoscience.',
      term: 'pseudoscience', denotes: null, rule: 'term:described-as',
    },
    {
      name: 'a quoted label after a passive "described by … as"',
      text: 'She was described by a local paper as the \'Queen of the bridge\'.',
      term: 'Queen of the bridge', denotes: null, rule: 'term:quoted-label',
    },
    {
      name: 'the standard of a comparison (corpus 02)',
      text: 'There is no evidence that homeopathy is more effective than placebo for any condition.',
      term: 'placebo', denotes: null, rule: 'term:compared-with',
    },
    {
      name: 'the standard of an -er comparative',
      text: 'The new alloy is lighter than aluminium.',
      term: 'aluminium', denotes: null, rule: 'term:compared-with',
    },
    {
      name: 'a name used attributively in the subject (corpus 01)',
      text: 'A sensitive Environment Canada document was found wet on an Ottawa street.',
      term: 'Environment Canada', denotes: 'A sensitive Environment Canada document', rule: 'term:attributive-name',
    },
  ])('$name', ({ text, term, denotes, rule }) => {
    const { facts, context } = terms(text);
    expect(facts).toHaveLength(1);
    const fact = facts[0]!;
    expect({ term: fact.term, denotes: fact.denotes, rule: fact.rule }).toEqual({ term, denotes, rule });
    expect(fact.answer).toBe(term);
    expect(slice(context, fact.answerSpan)).toBe(term);
  });

  it('reads a described term, its class and what is described (corpus 02)', () => {
    const { facts } = terms('They shunned conventional treatments for homeopathy, a form of alternative medicine that has been described as pseudoscience.');
    expect(facts.map((f) => [f.term, f.rule])).toEqual([
      ['homeopathy', 'term:appositive'],
      ['pseudoscience', 'term:described-as'],
      ['alternative medicine', 'term:class-of'],
    ]);
  });

  it('reads the class an appositive puts a law in', () => {
    const { facts } = terms("The effect follows Ohm's law, a particular case of the conservation of charge, which engineers use daily.");
    expect(facts.find((f) => f.rule === 'term:class-of')).toMatchObject({ term: 'the conservation of charge', denotes: "Ohm's law" });
  });

  it('reads what the symbols of a formula stand for', () => {
    const { facts } = terms('The energy is written E = mv² where m is the mass of the body and v is its speed.');
    expect(facts.filter((f) => f.rule === 'term:symbol').map((f) => [f.term, f.denotes])).toEqual([['the mass of the body', 'm'], ['its speed', 'v']]);
  });

  it('reads an appositive after a named thing and its place as describing the thing, never the place', () => {
    const { facts } = terms('Many of her buildings are unfinished, including the Al Wakrah Stadium in Qatar, a venue for the World Cup.');
    expect(facts.map((f) => [f.term, f.denotes, f.rule])).toEqual([['Al Wakrah Stadium', 'a venue for the World Cup', 'term:located-appositive']]);
  });

  it('leaves an appositive that describes the place to the place', () => {
    const { facts } = terms('He designed the Harbour Museum in Bilbao, a city in northern Spain.');
    expect(facts.filter((f) => f.rule === 'term:located-appositive')).toEqual([]);
  });

  it('reads no short form from brackets that do not spell the words before them', () => {
    const { facts } = terms('The talks were held in Geneva (UN) and ended early.');
    expect(facts.filter((f) => f.rule === 'term:short-form')).toEqual([]);
  });

  it('reads no symbol from a word that happens to be short', () => {
    const { facts } = terms('The plan failed, as is often the case with big plans.');
    expect(facts.filter((f) => f.rule === 'term:symbol')).toEqual([]);
  });

  it('names every item of a labelled series (corpus 05)', () => {
    const { facts } = terms("We have equipment in the lab nicknamed the 'Nickinator', 'i-Nick' and the 'Nicktendo64'.");
    expect(facts.map((f) => [f.term, f.denotes])).toEqual([
      ['Nickinator', 'equipment in the lab'],
      ['i-Nick', 'equipment in the lab'],
      ['Nicktendo64', 'equipment in the lab'],
    ]);
  });

  it('keeps "the" as an alias of a called name', () => {
    const { facts } = terms('A defector from the elite group within Scientology called the Sea Org was arrested.');
    expect(facts[0]!.aliases).toEqual(['the Sea Org']);
  });

  it('gives a term once, in the sentence that introduces it', () => {
    const text = [
      'She has shifted away from the “hugs not bullets” approach of her predecessor.',
      'Critics say the “hugs not bullets” approach failed.',
    ].join(' ');
    expect(terms(text).facts.map((f) => f.sentenceIndex)).toEqual([0]);
  });

  it.each([
    ['a full quote with a speaker', '“We will never surrender our sovereignty,” the minister said.'],
    ['a partial quote after a verb of saying (seed)', 'Sheinbaum rejected the idea, declaring that Mexico would “never tolerate an invasion” of its sovereignty.'],
    ['a short quote with a speaker nearby', 'Baird asked officials how documents stored in "approved security cabinets" wound up on the street.'],
    ['a one-word scare quote', 'Johann, unable to bear the "shame" of being compared to his son, banned Daniel from his house.'],
    ['quoted words used as a verb', "As you have to 'force feed' the ROS, healthy ants ignore that food-source."],
    ['a quote inside a quote', 'The blog aims to address "a gap between scientists and \'the general public\'."'],
    ['a person in an appositive', 'Paul Dewar, an Ottawa New Democrat MP, said the lapses raise questions.'],
    ['a role noun heading the description', 'The team was led by Anna Berg, a biologist from Oslo.'],
    ['a plural summed up by an appositive', 'The US has been using drones for intelligence gathering on cartels, an operation that has existed for years.'],
    ['a clause after the comma', 'The memoirs by Euler and Colin Maclaurin, a prize was awarded by the Academy.'],
    ['a person called by name', 'A man called John Smith was arrested.'],
    ['a past-tense description of a person', 'Hadid was an Iraqi-British architect.'],
    ['a quoted adjective before a noun', 'The blog favours "non-technical" plain communication.'],
    ['a name the article uses on its own elsewhere', 'Acme sells tools. The Acme device was recalled.'],
    ['a person described as a role', 'His teacher described her as the most outstanding pupil he ever taught.'],
    ['lower-case words in brackets after a lower-case word', 'They used a sieve [a fine mesh] to sort the seeds.'],
    ['a count above a number', 'More than 100 people attended the meeting.'],
    ['a contrast with "rather than"', 'They chose to walk rather than the bus.'],
    ['a comparison with a pronoun', 'She is taller than him.'],
    ['a place used attributively', 'The New Zealand government announced new rules.'],
    ['a name used attributively outside the subject', 'Officials found an Environment Canada document on the street.'],
  ])('refuses %s', (_, text) => {
    expect(terms(text).facts).toEqual([]);
  });
});
