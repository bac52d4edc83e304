import { describe, expect, it } from 'vitest';
import { extractCauseFacts } from '../../../src-main/domain/facts/extract/cause';
import type { CauseFact } from '../../../src-main/domain/facts/model';
import { contextFor, runAll } from './clause-fixture';

function causes(text: string): CauseFact[] {
  const context = contextFor(text, [{ name: 'Anne Clark', type: 'person', aliases: ['Clark'] }]);
  const facts = runAll(context, extractCauseFacts).filter((f): f is CauseFact => f.kind === 'cause');
  for (const fact of facts) {
    expect(context.article.text.slice(fact.answerSpan.start, fact.answerSpan.end)).toBe(fact.answer);
    expect(fact.sentence).toContain(fact.effect);
  }
  return facts;
}

const brief = (f: CauseFact): [string, string, string, string] => [f.rule, f.answer, f.cause, f.effect];

describe('causes asked from the effect side, and reasons read as phrases', () => {
  it.each<[string, string, [string, string, string, string]]>([
    ['a result participle', 'The river flooded the valley, leading to severe crop losses.', ['cause:result', 'severe crop losses', 'The river flooded the valley', 'severe crop losses']],
    ['a conditional with "then"', 'The rule says that if the temperature rises then the gas expands.', ['cause:conditional', 'the gas expands', 'the temperature rises', 'the gas expands']],
    ['a symbol', 'The red lantern symbolizes luck and happiness.', ['cause:meaning', 'luck and happiness', 'The red lantern', 'luck and happiness']],
    ['a marking participle', 'Villagers hold bonfires marking the start of the harvest season.', ['cause:meaning', 'the start of the harvest season', 'bonfires', 'the start of the harvest season']],
    ['an absolute construction', 'The farmers sold their land, there being no water left in the wells.', ['cause:absolute', 'no water left in the wells', 'no water left in the wells', 'The farmers sold their land']],
    ['a reaction over its reason', 'The country faces sanctions over human rights abuses.', ['cause:over', 'human rights abuses', 'human rights abuses', 'sanctions']],
    ['a death and its reason', 'The old sailor died from pneumonia caused by a long winter at sea.', ['cause:died-of', 'pneumonia caused by a long winter at sea', 'pneumonia caused by a long winter at sea', 'The old sailor died']],
    ['the agent of a passive force', 'The air is warmer near the ground, so the balloon is lifted upwards by the warm air below the canopy.', ['cause:agent', 'the warm air below the canopy', 'the warm air below the canopy', 'the balloon is lifted upwards']],
    ['a means and its purpose', 'The new policy, which relied on tax credits to reduce emissions, was dropped.', ['cause:means', 'tax credits', 'tax credits', 'to reduce emissions']],
    ['"due to" after a pronoun subject, kept verbatim', 'The lawyer said that they should be acquitted due to their young age.', ['cause:due-to', 'their young age', 'their young age', 'they should be acquitted']],
    ['causal "as" after a judgement', 'It is difficult to compare the two lakes, as the lakes have very different depths.', ['cause:as', 'the lakes have very different depths', 'the lakes have very different depths', 'It is difficult to compare the two lakes']],
    ['a purpose after an infinitive chain', 'Farmers are forced to buy expensive feed to keep their herds alive.', ['cause:to-purpose', 'to keep their herds alive', 'to keep their herds alive', 'Farmers are forced to buy expensive feed']],
  ])('reads %s', (_label, text, expected) => {
    expect(causes(text).map(brief)).toContainEqual(expected);
  });

  it('keeps "not guilty due to" but drops a denied relation', () => {
    expect(causes('They were found not guilty due to a lack of evidence.').map((f) => f.answer)).toEqual(['a lack of evidence']);
    expect(causes('The flood was not due to the rain.')).toEqual([]);
  });

  it('drops the time of a causal subject from the answer', () => {
    const facts = causes('A violent hail storm on Friday afternoon caused a power cut across the city.');
    expect(facts.map((f) => [f.rule, f.answer])).toContainEqual(['cause:verb', 'A violent hail storm']);
  });

  it.each([
    ['"if" without "then"', 'If the temperature rises, the gas expands.'],
    ['"over" as a quantity', 'The country faces sanctions over 20 companies.'],
    ['"over" after an ordinary noun', 'The bird flew over the lake.'],
    ['"marks" as a noun with no object phrase', 'The teacher gave marks.'],
    ['a passive that is no force', 'The bridge was described by engineers as safe.'],
    ['a temporal "as"', 'The crowd cheered as the runners crossed the line.'],
  ])('gives no such fact for %s', (_label, text) => {
    expect(causes(text).filter((f) => ['cause:conditional', 'cause:over', 'cause:meaning', 'cause:agent', 'cause:as'].includes(f.rule))).toEqual([]);
  });
});
