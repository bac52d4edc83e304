import { describe, expect, it } from 'vitest';
import { extractEventFacts } from '../../../src-main/domain/facts/extract/event';
import type { EventFact } from '../../../src-main/domain/facts/model';
import { contextFor, runAll, slice } from './clause-fixture';
import type { KnownName } from './clause-fixture';

const NAMES: KnownName[] = [
  { name: 'Claudia Sheinbaum', type: 'person', aliases: ['Sheinbaum'] },
  { name: 'Mexican', type: 'nationality' },
  { name: 'United States', type: 'place', aliases: ['Washington', 'US'] },
  { name: 'Elon Musk', type: 'person', aliases: ['Musk'] },
  { name: 'Daniel Bernoulli', type: 'person', aliases: ['Daniel', 'Bernoulli'] },
  { name: 'Maxime Bernier', type: 'person', aliases: ['Bernier'] },
  { name: 'Zaha Hadid', type: 'person', aliases: ['Hadid'] },
  { name: 'Microsoft', type: 'organization' },
];

function events(text: string): { facts: EventFact[]; context: ReturnType<typeof contextFor> } {
  const context = contextFor(text, NAMES);
  return { facts: runAll(context, extractEventFacts), context };
}

describe('event facts', () => {
  it.each([
    {
      name: 'a fronted weekday and a verb of reporting (seed)',
      text: 'On Wednesday, Sheinbaum confirmed that the US has been using drones for intelligence gathering on cartels, an operation that has existed for years.',
      answer: 'Sheinbaum',
      actor: 'Claudia Sheinbaum',
      action: 'confirmed that the US has been using drones for intelligence gathering on cartels',
      when: 'On Wednesday',
    },
    {
      name: 'a title before the name, a participle clause cut off (seed)',
      text: 'Mexican President Claudia Sheinbaum firmly rejected any possibility of US intervention on Thursday, declaring that Mexico would “never tolerate an invasion” of its sovereignty.',
      answer: 'Claudia Sheinbaum',
      actor: 'Claudia Sheinbaum',
      action: 'firmly rejected any possibility of US intervention on Thursday',
      when: 'on Thursday',
    },
    {
      name: 'an appositive between subject and verb (seed)',
      text: 'Tech billionaire Elon Musk, an influential figure in the Trump administration, suggested the move could justify drone strikes on cartel targets.',
      answer: 'Elon Musk',
      actor: 'Elon Musk',
      action: 'suggested the move could justify drone strikes on cartel targets',
      when: null,
    },
    {
      name: 'a past passive with a place (Bernoulli)',
      text: 'Daniel Bernoulli was born in Groningen, in the Netherlands, into a family of distinguished mathematicians.',
      answer: 'Daniel Bernoulli',
      actor: 'Daniel Bernoulli',
      action: 'was born in Groningen, in the Netherlands, into a family of distinguished mathematicians',
      when: null,
    },
    {
      name: 'a long trailing subordinate clause trimmed (corpus 01)',
      text: 'In May, Maxime Bernier was forced to resign as Foreign Affairs minister after it became known that he left sensitive documents at the apartment of his then-girlfriend.',
      answer: 'Maxime Bernier',
      actor: 'Maxime Bernier',
      action: 'was forced to resign as Foreign Affairs minister',
      when: 'In May',
    },
    {
      name: 'a fronted decade without a comma (Hadid)',
      text: 'In the 1960s Hadid attended boarding schools in England and Switzerland.',
      answer: 'Hadid',
      actor: 'Zaha Hadid',
      action: 'attended boarding schools in England and Switzerland',
      when: 'In the 1960s',
    },
    {
      name: 'an institution and a date at the end',
      text: 'Police arrested the two suspects on Tuesday.',
      answer: 'Police',
      actor: 'Police',
      action: 'arrested the two suspects on Tuesday',
      when: 'on Tuesday',
    },
    {
      name: 'a specific definite phrase and a year',
      text: 'The 131-page document was unveiled in 1999 by the ministry.',
      answer: 'The 131-page document',
      actor: 'The 131-page document',
      action: 'was unveiled in 1999 by the ministry',
      when: 'in 1999',
    },
  ])('$name', ({ text, answer, actor, action, when }) => {
    const { facts, context } = events(text);
    expect(facts).toHaveLength(1);
    const fact = facts[0]!;
    expect({ answer: fact.answer, actor: fact.actor, action: fact.action, when: fact.when }).toEqual({ answer, actor, action, when });
    expect(slice(context, fact.answerSpan)).toBe(fact.answer);
    expect(fact.sentence).toBe(text);
  });

  it('gives a subordinate clause its own event (seed)', () => {
    const { facts } = events('Sheinbaum rejected any intervention after Washington designated eight drug cartels as terrorist organizations.');
    expect(facts.map((f) => [f.rule, f.answer, f.actor, f.action])).toEqual([
      ['event:main-clause', 'Sheinbaum', 'Claudia Sheinbaum', 'rejected any intervention'],
      ['event:after-clause', 'Washington', 'United States', 'designated eight drug cartels as terrorist organizations'],
    ]);
  });

  it('splits coordinated predicates of one actor, each with its own time and id', () => {
    const { facts } = events('Daniel studied medicine at Basel, Heidelberg, and Strasbourg, and earned a PhD in anatomy and botany in 1721.');
    expect(facts.map((f) => [f.action, f.when])).toEqual([
      ['studied medicine at Basel, Heidelberg, and Strasbourg', null],
      ['earned a PhD in anatomy and botany in 1721', 'in 1721'],
    ]);
    expect(facts[0]!.id).not.toBe(facts[1]!.id);
    expect(facts[0]!.aliases).toEqual(expect.arrayContaining(['Daniel Bernoulli', 'Bernoulli']));
  });

  it('takes a year range as one time, and never a year that modifies a noun', () => {
    const range = events('Daniel served from 1900 to 1914 in the London Scottish Regiment.').facts[0]!;
    expect(range.when).toBe('from 1900 to 1914');
    const modifier = events('Daniel served on a 2001 government commission on aerospace.').facts[0]!;
    expect(modifier.when).toBeNull();
  });

  it('dates a reported event by its own clause, not by the saying', () => {
    const { facts } = events('Microsoft stated the browser left the market on September 24.');
    expect(facts[0]!.when).toBeNull();
  });

  it.each([
    ['a pronoun subject', 'He was released on US$20,000 bail on Thursday.'],
    ['"it" as subject', 'It was known that a moving body exchanges its kinetic energy for potential energy.'],
    ['"there" as subject', 'There was a sea of people in the square on Saturday.'],
    ['an indefinite subject', 'A sensitive document was found wet on an Ottawa street.'],
    ['an anaphoric "the + noun" subject', 'The country lost half its territory in the 19th century.'],
    ['a bare plural subject', 'Infected ants chose food laced with toxic hydrogen peroxide.'],
    ['a present state', 'The sanctioned groups include the Gulf Cartel and the Sinaloa Cartel.'],
    ['a copula', 'Daniel Bernoulli was a Swiss mathematician and physicist.'],
    ['a hedged claim', "Allegedly, Thomas' sister pleaded with Gloria's father to send her to a doctor."],
    ['a hypothesis', 'If Microsoft had released the browser, Sheinbaum would have been pleased.'],
    ['reported words in quotation marks', 'Rathbun wrote, “Moxon proceeded to lie to Daniel about the drives.”'],
    ['an action that needs a pronoun', 'Microsoft has replaced it with three newer versions.'],
    ['a dangling "that" left after a cut', 'Daniel realised that in a similar way, a moving fluid exchanges its kinetic energy for pressure.'],
    ['a whole quoted sentence', '“Daniel was picked up by an investigator in a black car.”'],
    ['a predicate cut inside a coordinated subject', 'Singh said the farmers who produce vegetables including potatoes, onion and tomatoes were selling their produce at low price and hoarders and middlemen were responsible for the prices.'],
  ])('refuses %s', (_, text) => {
    expect(events(text).facts).toEqual([]);
  });
});
