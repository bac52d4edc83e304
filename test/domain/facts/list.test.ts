import { describe, expect, it } from 'vitest';
import { extractListFacts } from '../../../src-main/domain/facts/extract/list';
import type { ListFact } from '../../../src-main/domain/facts/model';
import { contextFor, runAll, slice } from './clause-fixture';

function lists(text: string): { facts: ListFact[]; context: ReturnType<typeof contextFor> } {
  const context = contextFor(text);
  return { facts: runAll(context, extractListFacts), context };
}

describe('list facts', () => {
  it.each([
    {
      name: 'include, seven names (seed)',
      text: 'The sanctioned groups include the Gulf Cartel, Sinaloa Cartel, Michoacan Family, United Cartels, MS-13, TdA, and Jalisco New Generation Cartel.',
      head: 'The sanctioned groups',
      items: ['Gulf Cartel', 'Sinaloa Cartel', 'Michoacan Family', 'United Cartels', 'MS-13', 'TdA', 'Jalisco New Generation Cartel'],
      rule: 'list:include',
    },
    {
      name: 'include, items with phrases (Hadid)',
      text: "Her major works include the aquatic centre for the London 2012 Olympics, Michigan State University's Broad Art Museum in the US, and the Guangzhou Opera House in China.",
      head: 'Her major works',
      items: ['aquatic centre for the London 2012 Olympics', "Michigan State University's Broad Art Museum", 'Guangzhou Opera House'],
      rule: 'list:include',
    },
    {
      name: 'proper names after a verb (Bernoulli)',
      text: 'Daniel studied medicine at Basel, Heidelberg, and Strasbourg, and earned a PhD in anatomy and botany in 1721.',
      head: 'Daniel studied medicine at',
      items: ['Basel', 'Heidelberg', 'Strasbourg'],
      rule: 'list:governed',
    },
    {
      name: 'proper names without the Oxford comma, pronoun subject left out of the head (Hadid)',
      text: 'There she studied with Rem Koolhaas, Elia Zenghelis and Bernard Tschumi.',
      head: 'studied with',
      items: ['Rem Koolhaas', 'Elia Zenghelis', 'Bernard Tschumi'],
      rule: 'list:governed',
    },
    {
      name: 'names with lower-case links inside (an unseen biography)',
      text: 'Tyson studied at Harvard University, the University of Texas at Austin, and Columbia University.',
      head: 'Tyson studied at',
      items: ['Harvard University', 'University of Texas at Austin', 'Columbia University'],
      rule: 'list:governed',
    },
    {
      name: 'including after a noun phrase',
      text: 'The museum holds works by several painters, including Claude Monet, Edgar Degas and Berthe Morisot.',
      head: 'painters',
      items: ['Claude Monet', 'Edgar Degas', 'Berthe Morisot'],
      rule: 'list:including',
    },
    {
      name: 'such as, common nouns',
      text: 'The reserve protects large mammals such as elephants, rhinos, and lions.',
      head: 'large mammals',
      items: ['elephants', 'rhinos', 'lions'],
      rule: 'list:such-as',
    },
    {
      name: 'a colon',
      text: 'The committee named three priorities: clean water, rural roads and primary schools.',
      head: 'three priorities',
      items: ['clean water', 'rural roads', 'primary schools'],
      rule: 'list:colon',
    },
    {
      name: 'a copula',
      text: 'The three finalists were Brazil, Germany and Argentina.',
      head: 'The three finalists',
      items: ['Brazil', 'Germany', 'Argentina'],
      rule: 'list:copula',
    },
    {
      name: 'three common nouns governed by a preposition (seed)',
      text: 'Sheinbaum announced a proposal ensuring protection against foreign incursions by land, air, or sea.',
      head: 'Sheinbaum announced a proposal ensuring protection against foreign incursions by',
      items: ['land', 'air', 'sea'],
      rule: 'list:governed',
    },
    {
      name: 'two parallel noun phrases after a verb (seed)',
      text: 'The move increases pressure on Mexico to combat narcotics trafficking and illegal migration.',
      head: 'pressure on Mexico to combat',
      items: ['narcotics trafficking', 'illegal migration'],
      rule: 'list:governed',
    },
    {
      name: 'two noun phrases before a clause opener',
      text: 'The new law aims to reduce air pollution and traffic noise while keeping roads open.',
      head: 'The new law aims to reduce',
      items: ['air pollution', 'traffic noise'],
      rule: 'list:governed',
    },
    {
      name: 'a shared quantifier before the first item',
      text: 'The family sought help from other healers and herbalists.',
      head: 'The family sought help from',
      items: ['healers', 'herbalists'],
      rule: 'list:governed',
    },
    {
      name: 'a shared possessive before the first item',
      text: 'The town is known for its cheese and wine.',
      head: 'The town is known for',
      items: ['cheese', 'wine'],
      rule: 'list:governed',
    },
    {
      name: 'names with a role word each',
      text: 'The team was led by designer Ana Ruiz and engineer Tom Berg.',
      head: 'The team was led by',
      items: ['Ana Ruiz', 'Tom Berg'],
      rule: 'list:governed',
    },
    {
      name: 'two names after including, no comma',
      text: 'The paper criticised several former officials including Tom Hale and Mark Rudd.',
      head: 'former officials',
      items: ['Tom Hale', 'Mark Rudd'],
      rule: 'list:including',
    },
    {
      name: 'a shared head noun after two names (seed)',
      text: 'Mexico has ramped up cooperation in the fight against cartels, including the powerful Jalisco New Generation and Sinaloa organizations.',
      head: 'organizations',
      items: ['Jalisco New Generation', 'Sinaloa'],
      rule: 'list:including',
    },
    {
      name: 'two station names joined by "or"',
      text: 'The crowds can be avoided by walking from Riverside Station or Harbour Station.',
      head: 'The crowds can be avoided by walking from',
      items: ['Riverside Station', 'Harbour Station'],
      rule: 'list:governed',
    },
    {
      name: '"such a" before a plural is read as "such as"',
      text: 'The children carried toys such a kites, paper boats, and drums.',
      head: 'toys',
      items: ['kites', 'paper boats', 'drums'],
      rule: 'list:such-as',
    },
    {
      name: 'predicates sharing a subject (seed)',
      text: 'Her administration has announced drug seizures, increased troop deployments to the border, and arrested key cartel figures.',
      head: 'Her administration has announced',
      items: ['drug seizures', 'increased troop deployments to the border', 'arrested key cartel figures'],
      rule: 'list:predicates',
    },
    {
      name: 'predicates of an invented committee',
      text: 'The committee has approved new budgets, hired two teachers, and opened a library.',
      head: 'The committee has approved',
      items: ['new budgets', 'hired two teachers', 'opened a library'],
      rule: 'list:predicates',
    },
  ])('$name', ({ text, head, items, rule }) => {
    const { facts, context } = lists(text);
    expect(facts).toHaveLength(1);
    const fact = facts[0]!;
    expect(fact.head).toBe(head);
    expect(fact.items).toEqual(items);
    expect(fact.rule).toBe(rule);
    expect(fact.answer).toBe(items.join('; '));
    fact.itemSpans.forEach((span, i) => expect(slice(context, span)).toBe(items[i]));
    expect(fact.answerSpan.start).toBe(fact.itemSpans[0]!.start);
    expect(fact.answerSpan.end).toBe(fact.itemSpans[items.length - 1]!.end);
  });

  it.each([
    ['a coordination inside a name', 'Shares of Procter and Gamble rose on Monday.'],
    ['adjectives only', 'The food was quick and cheap.'],
    ['a second noun that starts a new clause', 'She bought apples and pears were cheap.'],
    ['a bare noun sharing the head of the next item', 'They traded salt for drug and weapon shipments.'],
    ['years, which the number rule owns', 'She won the prize in 2010 and 2011.'],
    ['a list after "as" (one role or name)', 'The system was launched as the Data Management System and Intelligence System.'],
    ['items with and without phrases under a preposition', 'He co-founded the group in 1932, a political organisation in the 1930s, and 1940s.'],
    ['two names in an appositive', 'He had two brothers, Niklaus and Johann II.'],
    ['predicates whose verbs differ in form', 'Her administration announces drug seizures, increased troop deployments, and arrested key cartel figures.'],
    ['a pronoun head', 'They include Alpha Group, Beta Group and Gamma Group.'],
    ['names with ages are not a list of three', 'Thomas Sam, 42, and his wife Manju Sam, 36, are undergoing trial.'],
    ['items with nested coordination', 'They apply to letters of complaint, criticism or injury, and research or scientific notes.'],
    ['a list inside a quotation', '“We want roads, schools and hospitals,” the mayor said.'],
    ['a title made of names', 'In 1997, Jared Diamond won the Pulitzer Prize with his book Guns, Germs and Steel.'],
    ['names with no governing verb or preposition before them', 'Apple, Google, and Microsoft reported higher profits.'],
    ['a head that is only a verb', 'He visited France, Germany, and Italy in 2019.'],
  ])('refuses %s', (_, text) => {
    expect(lists(text).facts).toEqual([]);
  });

  it('gives a stable id from the sentence and the answer', () => {
    const text = 'The three finalists were Brazil, Germany and Argentina.';
    expect(lists(text).facts[0]!.id).toBe(lists(text).facts[0]!.id);
    expect(lists(text).facts[0]!.id).toMatch(/^fact-[0-9a-f]{12}$/);
  });
});
