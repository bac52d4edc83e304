import { describe, expect, it } from 'vitest';
import { extractCauseFacts } from '../../../src-main/domain/facts/extract/cause';
import type { CauseFact } from '../../../src-main/domain/facts/model';
import { contextFor, runAll, slice } from './clause-fixture';
import type { KnownName } from './clause-fixture';

const NAMES: KnownName[] = [
  { name: 'Mexico', type: 'place' },
  { name: 'Claudia Sheinbaum', type: 'person', aliases: ['Sheinbaum'] },
  { name: 'Mark Rathbun', type: 'person', aliases: ['Rathbun'] },
];

function causes(text: string): { facts: CauseFact[]; context: ReturnType<typeof contextFor> } {
  const context = contextFor(text, NAMES);
  return { facts: runAll(context, extractCauseFacts), context };
}

type Expected = Pick<CauseFact, 'cause' | 'effect' | 'relation' | 'rule' | 'hedge'>;

describe('cause facts', () => {
  it.each<{ name: string; text: string; expected: Expected }>([
    {
      name: 'a purpose participle between subject and verb (seed)',
      text: 'Mexico, seeking to avoid sweeping 25-percent tariffs threatened by Trump, has ramped up cooperation in the fight against cartels, including the powerful Jalisco New Generation and Sinaloa organizations.',
      expected: { cause: 'to avoid sweeping 25-percent tariffs threatened by Trump', effect: 'Mexico has ramped up cooperation in the fight against cartels', relation: 'purpose', rule: 'cause:purpose-participle', hedge: null },
    },
    {
      name: '"aimed at" keeps its hedge word (seed)',
      text: 'Instead, her administration has announced large-scale drug seizures and arrested key cartel figures—all moves seemingly aimed at securing Trump’s temporary pause on tariffs.',
      expected: { cause: 'seemingly aimed at securing Trump’s temporary pause on tariffs', effect: 'her administration has announced large-scale drug seizures and arrested key cartel figures', relation: 'purpose', rule: 'cause:aimed-at', hedge: null },
    },
    {
      name: 'a causal verb under a claim keeps the claim (seed)',
      text: 'Mexico has long argued that US-made firearms fuel cartel violence, with an estimated 200,000 to 750,000 weapons smuggled across the border annually.',
      expected: { cause: 'US-made firearms', effect: 'cartel violence', relation: 'reason', rule: 'cause:verb', hedge: { holder: 'Mexico', verb: 'argued' } },
    },
    {
      name: '"in search of"',
      text: 'Washington has intensified covert drone surveillance in search of fentanyl labs.',
      expected: { cause: 'in search of fentanyl labs', effect: 'Washington has intensified covert drone surveillance', relation: 'purpose', rule: 'cause:in-search-of', hedge: null },
    },
    {
      name: '"in order to" after a comma (corpus 04)',
      text: 'Rathbun requested donations via a statement made on his blog, in order to help Montalvo with his legal defense financing.',
      expected: { cause: 'to help Montalvo with his legal defense financing', effect: 'Rathbun requested donations via a statement made on his blog', relation: 'purpose', rule: 'cause:in-order-to', hedge: null },
    },
    {
      name: 'a bare "to" after a complete predicate (seed)',
      text: 'Sheinbaum announced a constitutional reform proposal to safeguard Mexico’s territorial integrity, ensuring protection against foreign incursions.',
      expected: { cause: 'to safeguard Mexico’s territorial integrity', effect: 'Sheinbaum announced a constitutional reform proposal', relation: 'purpose', rule: 'cause:to-purpose', hedge: null },
    },
    {
      name: '"so that"',
      text: 'The city closed the bridge so that engineers could inspect the cables.',
      expected: { cause: 'engineers could inspect the cables', effect: 'The city closed the bridge', relation: 'purpose', rule: 'cause:so-that', hedge: null },
    },
    {
      name: '"because" with a clause (Bernoulli)',
      text: 'However, Daniel refused, because he wanted to study mathematics.',
      expected: { cause: 'he wanted to study mathematics', effect: 'Daniel refused', relation: 'reason', rule: 'cause:because', hedge: null },
    },
    {
      name: '"because of" with a phrase',
      text: 'The final match was cancelled because of the heavy rain.',
      expected: { cause: 'the heavy rain', effect: 'The final match was cancelled', relation: 'reason', rule: 'cause:because-of', hedge: null },
    },
    {
      name: '"due to" fronted',
      text: 'Due to the strike, the factory closed for a week.',
      expected: { cause: 'the strike', effect: 'the factory closed for a week', relation: 'reason', rule: 'cause:due-to', hedge: null },
    },
    {
      name: 'causal "since": no perfect in the main clause',
      text: 'Since the bridge is closed, the buses take the longer route.',
      expected: { cause: 'the bridge is closed', effect: 'the buses take the longer route', relation: 'reason', rule: 'cause:since', hedge: null },
    },
    {
      name: 'causal "as": a past reason for a present state (seed)',
      text: 'Historical sensitivities fuel Mexico’s resistance to US military threats, as the country lost half its territory to the US in the 19th century.',
      expected: { cause: 'the country lost half its territory to the US in the 19th century', effect: 'Historical sensitivities fuel Mexico’s resistance to US military threats', relation: 'reason', rule: 'cause:as', hedge: null },
    },
    {
      name: '"led to"',
      text: 'The new tax on fuel led to protests in the capital.',
      expected: { cause: 'The new tax on fuel', effect: 'protests in the capital', relation: 'reason', rule: 'cause:verb', hedge: null },
    },
    {
      name: '"resulted in", reported',
      text: 'According to the report, the flood resulted in the closure of two schools.',
      expected: { cause: 'the flood', effect: 'the closure of two schools', relation: 'reason', rule: 'cause:verb', hedge: { holder: 'the report', verb: 'according to' } },
    },
    {
      name: '"caused by" after a noun (corpus 02)',
      text: 'She died from infection caused by severe eczema.',
      expected: { cause: 'severe eczema', effect: 'infection', relation: 'reason', rule: 'cause:caused-by', hedge: null },
    },
    {
      name: '", so" (Bernoulli)',
      text: 'The pressure in this area is lower than that under the wing, so the wing is pushed upwards by the relatively higher pressure under the wing.',
      expected: { cause: 'The pressure in this area is lower than that under the wing', effect: 'the wing is pushed upwards by the relatively higher pressure under the wing', relation: 'reason', rule: 'cause:so-result', hedge: null },
    },
    {
      name: 'what came to light, cut to its core (corpus 01)',
      text: 'In May, Maxime Bernier was forced to resign as Foreign Affairs minister after it became known that he left sensitive documents at the apartment of his then-girlfriend Julie Couillard who had ties to the Hells Angels biker gang.',
      expected: { cause: 'he left sensitive documents', effect: 'Maxime Bernier was forced to resign as Foreign Affairs minister', relation: 'reason', rule: 'cause:came-to-light', hedge: null },
    },
    {
      name: 'what emerged, kept whole when short',
      text: 'The minister resigned after it emerged that he had lied to parliament.',
      expected: { cause: 'he had lied to parliament', effect: 'The minister resigned', relation: 'reason', rule: 'cause:came-to-light', hedge: null },
    },
  ])('$name', ({ text, expected }) => {
    const { facts, context } = causes(text);
    const fact = facts.find((f) => f.rule === expected.rule);
    expect(fact).toBeDefined();
    expect({ cause: fact!.cause, effect: fact!.effect, relation: fact!.relation, rule: fact!.rule, hedge: fact!.hedge }).toEqual(expected);
    expect(fact!.answer).toBe(fact!.cause);
    expect(slice(context, fact!.answerSpan)).toBe(fact!.cause);
  });

  it('keeps a claim noun and its possessor as the hedge', () => {
    const { facts } = causes("Jaitley slammed the government's argument that drought-induced production shortfall had caused the price rise of essential commodities.");
    expect(facts.map((f) => [f.cause, f.effect, f.hedge])).toEqual([
      ['drought-induced production shortfall', 'the price rise of essential commodities', { holder: 'the government', verb: 'argument' }],
    ]);
  });

  it('states a cause under a factive verb without a hedge', () => {
    const { facts } = causes('Sheinbaum confirmed that the heavy rain caused the flooding in the capital.');
    expect(facts.map((f) => [f.cause, f.hedge])).toEqual([['the heavy rain', null]]);
  });

  it('gives the hedged purpose an alias without the hedge', () => {
    const { facts } = causes('The government raised taxes—all moves seemingly aimed at securing a new loan.');
    expect(facts[0]!.aliases).toEqual(['securing a new loan']);
  });

  it.each([
    ['temporal "since" with a perfect (seed)', 'Drug-related violence has claimed approximately 480,000 lives since the military was deployed against cartels in 2006.'],
    ['"since" with a year', 'The museum has been closed since 2006.'],
    ['"since" with past on both sides', 'Everything changed since the old mayor left.'],
    ['temporal "as", both in the past', 'As the minister walked in, the reporters stood up.'],
    ['temporal "as", both in the present', 'People flock to see the lantern scenes, as they carry lanterns through the park.'],
    ['"as" in a comparison', 'The bridge is as long as the river is wide.'],
    ['a verb that takes its own infinitive', 'US Secretary of State Marco Rubio sought to ease tensions in an interview.'],
    ['"the first woman to"', 'Hadid was the first woman to receive the Pritzker Architecture Prize.'],
    ['an adjective before "to"', 'The detrimental effect of the compound was easy to measure in the lab.'],
    ['"for X to"', 'We carved out little squares for the ants to live in.'],
    ['an effect whose subject is a demonstrative', 'This happened due to cultural differences.'],
    ['an effect whose subject is a relative pronoun', 'The match, which was cancelled due to heavy rain, was replayed.'],
    ['a vague cause', 'To investigate this, Daniel experimented with a pipe.'],
    ['a condition, not a cause', 'If someone were able to shut the system down, it could affect the prosecution of the lawbreakers.'],
    ['a cause inside a quotation', '“We closed the road because the bridge was unsafe,” the mayor said.'],
    ['a denied claim', 'Critics denied that the new tranquilizer caused the improvement.'],
    ['a claim under a negated verb', 'The researchers did not find that the energizer led to any change.'],
    ['an open question', 'The inquiry will decide whether the storm caused the outage.'],
    ['a negated causal verb', 'The storm did not cause the outage in the capital.'],
    ['"led by" (leadership, not a cause)', 'The study was done by the research team led by Erick Turner of the Oregon Health & Science University.'],
    ['something that did not come to light', 'The minister resigned after it was not known that he had lied to parliament.'],
    ['"after it" with no disclosure', 'The crowd left after it started to rain heavily in the park.'],
  ])('refuses %s', (_, text) => {
    expect(causes(text).facts).toEqual([]);
  });
});
