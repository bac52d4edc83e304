import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src-main/domain/article';
import { buildEntityIndex } from '../../../src-main/domain/entities';
import { extractEventObjectFacts } from '../../../src-main/domain/facts/extract/event-object';
import type { EventFact } from '../../../src-main/domain/facts/model';
import { analyseSentences, contextFor, runAll, slice } from './clause-fixture';
import type { KnownName } from './clause-fixture';

const NAMES: KnownName[] = [
  { name: 'Maria Lopez', type: 'person', aliases: ['Lopez'] },
  { name: 'Kenji Sato', type: 'person', aliases: ['Sato'] },
  { name: 'Lima', type: 'place' },
  { name: 'Oslo', type: 'place' },
  { name: 'Peru', type: 'place' },
  { name: 'Grey Harbour', type: 'place' },
];

function objects(text: string): EventFact[] {
  const context = contextFor(text, NAMES);
  const facts = runAll(context, extractEventObjectFacts);
  for (const fact of facts) expect(slice(context, fact.answerSpan)).toBe(fact.answer);
  return facts;
}

const summary = (facts: readonly EventFact[]): string[][] => facts.map((f) => [f.rule, f.answer, f.actor]);

describe('event facts answered by what the event acted on', () => {
  it.each([
    ['a place of birth, dated', 'Maria Lopez was born in Lima in 1962.', [['event:place', 'Lima', 'Maria Lopez']]],
    ['an object with an "of"-tail and where it went', 'Kenji Sato donated his entire collection of Roman coins to the city library.', [
      ['event:object', 'his entire collection of Roman coins', 'Kenji Sato'],
      ['event:prep-object', 'the city library', 'Kenji Sato'],
    ]],
    ['a coordination kept whole', 'Masked burglars stole a laptop and a silver camera from the office.', [['event:object', 'a laptop and a silver camera', 'Masked burglars']]],
    ['the object of a gerund after a passive', 'Sato was charged with stealing a rare manuscript from the archive.', [['event:object', 'a rare manuscript', 'Kenji Sato']]],
    ['an instrument ending the sentence belongs to the main clause, not to the "after" clause', 'Local engineers measured the salt content of the lake after they filtered the samples using a hand-held meter.', [
      ['event:object', 'the salt content of the lake', 'Local engineers'],
      ['event:prep-object', 'a hand-held meter', 'Local engineers'],
    ]],
    ['an instrument inside the "after" clause, with more after it, stays there', 'Local engineers measured the salt content of the lake after they filtered the samples using a hand-held meter at night.', [
      ['event:object', 'the salt content of the lake', 'Local engineers'],
    ]],
    ['an instrument', 'Local engineers measured the temperature of the lake using a thermal camera.', [
      ['event:object', 'the temperature of the lake', 'Local engineers'],
      ['event:prep-object', 'a thermal camera', 'Local engineers'],
    ]],
    ['a complement after "as"', 'Leading critics described Sato\'s novel as a masterpiece of modern fiction.', [
      ['event:object', "Sato's novel", 'Leading critics'],
      ['event:complement', 'a masterpiece of modern fiction', 'Leading critics'],
    ]],
    ['"served as" with an "of"-tail', 'Sato served as minister of finance after the coup.', [['event:complement', 'minister of finance', 'Kenji Sato']]],
    ['a participle after the object takes the next phrase', 'Starving birds chose seeds coated with a sweet syrup.', [['event:prep-object', 'a sweet syrup', 'Starving birds']]],
    ['a person after "to"', 'Sato sent the report to Maria Lopez.', [['event:prep-object', 'Maria Lopez', 'Kenji Sato']]],
    ['a name introduced by a common noun', 'Sato read a review in his favourite magazine Harbour Review.', [
      ['event:object', 'a review', 'Kenji Sato'],
      ['event:prep-object', 'Harbour Review', 'Kenji Sato'],
    ]],
    ['a place, not the company kept', 'Lopez spent the summer in Peru with her cousins.', [
      ['event:place', 'Peru', 'Maria Lopez'],
      ['event:prep-object', 'her cousins', 'Maria Lopez'],
    ]],
    ['a verb wink tags as an adjective', 'Thousands of fans crowded onto the central plaza of Lima.', [['event:place', 'the central plaza of Lima', 'Thousands of fans']]],
    ['a first-person narrator', 'We collected water samples in Peru.', [
      ['event:object', 'water samples', 'We'],
      ['event:place', 'Peru', 'We'],
    ]],
    ['inside a that-clause, the reporter standing in for a vague subject', 'Lopez confirmed that the ministry had sent inspectors to the northern provinces.', [
      ['event:prep-object', 'the northern provinces', 'Maria Lopez'],
    ]],
    ['a modal inside a reported clause without "that"', 'Sato suggested the new law could reduce traffic accidents.', [['event:object', 'traffic accidents', 'the new law']]],
    ['an object of an infinitive after a copula', 'Lopez was the first woman to receive the Grey Harbour medal.', [['event:object', 'the Grey Harbour medal', 'Maria Lopez']]],
    ['the new, indefinite subject of a passive', 'A rare silver coin was found on the beach near Lima.', [
      ['event:patient', 'A rare silver coin', 'A rare silver coin'],
      ['event:place', 'Lima', 'A rare silver coin'],
    ]],
    ['a prepositional phrase after a noun belongs to the noun', 'The city council awarded the contract to a small engineering firm from Oslo.', [
      ['event:prep-object', 'a small engineering firm', 'The city council'],
    ]],
    ['the agent of a passive inside a relative clause opened by a preposition', 'Sato wrote a study of the tides, for which, together with a paper by Lopez, a medal was given by the Grey Harbour Society.', [
      ['event:object', 'a study of the tides', 'Kenji Sato'],
      ['event:prep-object', 'the Grey Harbour Society', 'a medal'],
    ]],
  ])('%s', (_, text, expected) => {
    expect(summary(objects(text))).toEqual(expected);
  });

  it('fills the action, the time and a stable id per answer and role', () => {
    const [fact] = objects('Maria Lopez was born in Lima in 1962.');
    expect(fact).toMatchObject({ kind: 'event', action: 'was born in Lima', when: 'in 1962' });
    const again = objects('Maria Lopez was born in Lima in 1962.')[0];
    expect(again?.id).toBe(fact?.id);
  });

  it('resolves "she" through a coordinated clause with its own fronted date, and through earlier sentences', () => {
    const facts = objects('In 1990, Lopez was elected mayor of Grey Harbour, and in 1994 she became the first woman to receive the city medal.');
    expect(facts.map((f) => [f.answer, f.actor, f.when])).toEqual([
      ['mayor of Grey Harbour', 'Maria Lopez', 'In 1990'],
      ['the city medal', 'Maria Lopez', 'in 1994'],
    ]);
    const later = objects('Lopez moved to Oslo after the war. She taught chemistry at the University of Oslo.');
    expect(later.map((f) => [f.answer, f.actor])).toEqual([['Oslo', 'Maria Lopez'], ['the University of Oslo', 'Maria Lopez']]);
  });

  it.each([
    ['a pronoun nobody can name', 'It was sent to them last week.'],
    ['"she" with no one before her', 'She moved to Oslo after the war.'],
    ['"they"', 'They praised the report.'],
    ['a negation', 'Lopez did not sign the agreement.'],
    ['a hypothesis', 'If the company had moved to Lima, Sato would have resigned.'],
    ['a modal outside reported speech', 'Sato could approve the plan next week.'],
    ['a hedged claim', 'Lopez seemingly visited the factory.'],
    ['generic words', 'Lopez gave people things.'],
    ['one item of a series', 'Sato visited Lima, Oslo, and Peru last year.'],
    ['a phrase cut before its relative clause, with an anaphoric head', 'The mayor thanked the people he had met.'],
    ['a counted quantity (the number rules own it)', 'Sato spent 2,000 dollars on the repairs.'],
    ['an indefinite subject and a three-word preposition', 'Some residents left the town in search of work.'],
    ['a small clause ("called X a Y")', 'Lopez called the new tax a disaster.'],
    ['a light verb', 'Lopez did an excellent job of crowd control.'],
    ['a cognate object', 'Sato lived a quiet and modest life.'],
    ['a bare noun after a preposition', 'Lopez worked in silence.'],
    ['a passive subject inside a subordinate clause', 'When a ministry document has been found on the streets, nobody resigns.'],
    ['a one-word definite subject of a passive', 'The wing is pushed upwards by the higher pressure.'],
  ])('refuses %s', (_, text) => {
    expect(objects(text)).toEqual([]);
  });

  it('reads a quoted noun phrase ending the sentence as the object, through "to help" and its bare infinitive', () => {
    const facts = objects('Sato also runs the Harbour Watch newsletter. The newsletter aims to help address "a gap between fishermen and \'the city council\'."');
    expect(facts.map((f) => [f.rule, f.answer, f.actor, f.action])).toEqual([
      ['event:object', 'the Harbour Watch newsletter', 'Kenji Sato', 'also runs the Harbour Watch newsletter'],
      ['event:object', "a gap between fishermen and 'the city council'", 'the Harbour Watch newsletter', 'aims to help address "a gap between fishermen and \'the city council\'."'],
    ]);
  });

  it.each([
    ['a quoted clause (speech, not a thing)', 'Sato also runs the Harbour Watch newsletter. The newsletter aims to help address "what divides fishermen and the council."'],
    ['a quoted phrase after a verb of saying', 'Sato also runs the Harbour Watch newsletter. Sato wrote "a gap between fishermen and the city council."'],
    ['"the newsletter" with no named newsletter before it', 'Sato also reads many newsletters. The newsletter aims to help address "a gap between fishermen and the council."'],
  ])('refuses %s', (_, text) => {
    expect(objects(text).filter((f) => f.answer.includes('gap') || f.answer.includes('divides'))).toEqual([]);
  });

  it('keeps at most three facts per sentence, names first', () => {
    const facts = objects('Sato took the old map from the archive in Lima to the museum in Oslo with Maria Lopez.');
    expect(facts.length).toBeLessThanOrEqual(3);
    expect(facts.map((f) => f.answer)).toContain('Maria Lopez');
  });
});

describe('event objects in the corpus (real entity index)', () => {
  const answersOf = (path: string): string[] => {
    const article = parseArticle(readFileSync(new URL(path, import.meta.url), 'utf8'));
    const sentences = analyseSentences(article);
    const context = { article, sentences, entities: buildEntityIndex(article, sentences) };
    return runAll(context, extractEventObjectFacts).map((f) => f.answer);
  };

  it.each([
    ['../../../content/seed-article.txt', ['intelligence gathering', 'drone strikes', 'any possibility of US intervention']],
    ['../../fixtures/corpus/04-scientology-defector-arrested.txt', ['hard drives and a zip drive', 'the Century City Towers', 'Florida', 'Freedom Magazine']],
    ['../../fixtures/corpus/05-self-medicating-ants-interview.txt', ['toxic hydrogen peroxide', 'southern Finland', 'the University of Copenhagen']],
    ['../../fixtures/corpus/07-zaha-hadid.txt', ['Baghdad', 'a Dame', 'the Pritzker Architecture Prize', 'the Royal Gold Medal']],
    ['../../fixtures/corpus/08-taipei-lantern-festival.txt', ['the Chiang Kai Shek Memorial']],
  ])('%s', (path, expected) => {
    expect(answersOf(path)).toEqual(expect.arrayContaining(expected));
  });
});
