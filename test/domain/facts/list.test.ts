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
      items: ['aquatic centre for the London 2012 Olympics', "Michigan State University's Broad Art Museum in the US", 'Guangzhou Opera House in China'],
      rule: 'list:include',
    },
    {
      name: 'proper names after a verb (Bernoulli)',
      text: 'Daniel studied medicine at Basel, Heidelberg, and Strasbourg, and earned a PhD in anatomy and botany in 1721.',
      head: 'Daniel studied medicine at',
      items: ['Basel', 'Heidelberg', 'Strasbourg'],
      rule: 'list:names',
    },
    {
      name: 'proper names without the Oxford comma, pronoun subject left out of the head (Hadid)',
      text: 'There she studied with Rem Koolhaas, Elia Zenghelis and Bernard Tschumi.',
      head: 'studied with',
      items: ['Rem Koolhaas', 'Elia Zenghelis', 'Bernard Tschumi'],
      rule: 'list:names',
    },
    {
      name: 'names with lower-case links inside (an unseen biography)',
      text: 'Tyson studied at Harvard University, the University of Texas at Austin, and Columbia University.',
      head: 'Tyson studied at',
      items: ['Harvard University', 'University of Texas at Austin', 'Columbia University'],
      rule: 'list:names',
    },
    {
      name: 'including after a noun phrase',
      text: 'The museum holds works by several painters, including Claude Monet, Edgar Degas and Berthe Morisot.',
      head: 'several painters',
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
    ['a common-noun list without a head (seed)', 'Sheinbaum announced a proposal ensuring protection against foreign incursions by land, air, or sea.'],
    ['two items only', 'The move increases pressure on Mexico to combat narcotics trafficking and illegal migration.'],
    ['two names in an appositive', 'He had two brothers, Niklaus and Johann II.'],
    ['a list of predicates', 'Her administration has announced drug seizures, increased troop deployments, and arrested key cartel figures.'],
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
