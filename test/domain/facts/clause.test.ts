import { describe, expect, it } from 'vitest';
import { clauseEnd, trimPredicate } from '../../../src-main/domain/facts/extract/clause';
import { nounPhraseEnd, nounPhraseStart, NOUN_PREPOSITIONS } from '../../../src-main/domain/facts/extract/clause-np';
import { findClauses } from '../../../src-main/domain/facts/extract/clause-parse';
import { clauseStart } from '../../../src-main/domain/facts/extract/clause-start';
import { isPastForm, nestedMask, quotePairs } from '../../../src-main/domain/facts/extract/clause-tokens';
import { verbGroupAt } from '../../../src-main/domain/facts/extract/clause-verb';
import { timeExpression } from '../../../src-main/domain/facts/extract/event-when';
import { tokenize } from '../../../src-main/domain/nlp/tokens';
import type { Token } from '../../../src-main/domain/nlp/tokens';

const words = (tokens: readonly Token[], start: number, end: number): string => tokens.slice(start, end).map((t) => t.text).join(' ');
const at = (tokens: readonly Token[], word: string): number => tokens.findIndex((t) => t.text === word);

describe('verb groups', () => {
  it.each([
    ['Sheinbaum confirmed that …', 'confirmed', 'past', false],
    ['Mexico has long argued that …', 'has', 'perfect', false],
    ['Daniel Bernoulli was born in Groningen.', 'was', 'past', true],
    ['The groups include the Gulf Cartel.', 'include', 'present', false],
    ['The move could justify drone strikes.', 'could', 'modal', false],
    ['Mozilla Firefox has been actively increasing its share.', 'has', 'perfect', false],
  ])('%s → %s', (sentence, first, tense, passive) => {
    const tokens = tokenize(sentence);
    const group = verbGroupAt(tokens, at(tokens, first));
    expect(group?.tense).toBe(tense);
    expect(group?.passive).toBe(passive);
  });

  it('reads a bare participle after a noun as no clause at all', () => {
    const tokens = tokenize('the solutions given by Brook Taylor');
    expect(verbGroupAt(tokens, at(tokens, 'given'))?.tense).toBe('nonfinite');
  });

  it('knows past forms from base forms', () => {
    const [lost, include, born, read] = [tokenize('they lost'), tokenize('they include'), tokenize('was born'), tokenize('had read')];
    expect([isPastForm(lost[1]), isPastForm(include[1]), isPastForm(born[1]), isPastForm(read[1])]).toEqual([true, false, true, true]);
  });
});

describe('noun phrases', () => {
  it('extends over hyphens, possessives and participles, and optionally over "of"-phrases', () => {
    const tokens = tokenize('US-made firearms are smuggled across the border');
    expect(words(tokens, 0, nounPhraseEnd(tokens, 0))).toBe('US - made firearms');
    const secretary = tokenize('US Secretary of State Marco Rubio sought');
    expect(words(secretary, 0, nounPhraseEnd(secretary, 0, { prepositions: NOUN_PREPOSITIONS }))).toBe('US Secretary of State Marco Rubio');
    expect(words(secretary, 0, nounPhraseEnd(secretary, 0))).toBe('US Secretary');
  });

  it('reads a possessive after a noun wink tagged as an adjective, but not a bare adjective', () => {
    const tokens = tokenize("a bundle of blueprints for the military's counterterrorism unit were found");
    expect(words(tokens, 0, nounPhraseEnd(tokens, 0, { prepositions: NOUN_PREPOSITIONS }))).toBe("a bundle of blueprints for the military 's counterterrorism unit");
    const bare = tokenize('the military was ready');
    expect(nounPhraseEnd(bare, 0)).toBe(0);
  });

  it('never swallows the verb after a name', () => {
    const tokens = tokenize('Gloria developed severe eczema');
    expect(nounPhraseEnd(tokens, 0)).toBe(1);
  });

  it('walks back to the phrase a relation attaches to, with a bounded number of links', () => {
    const tokens = tokenize('a defector from the elite group within Scientology called the Sea Org');
    const called = at(tokens, 'called');
    expect(words(tokens, nounPhraseStart(tokens, called), called)).toBe('a defector from the elite group within Scientology');
    expect(words(tokens, nounPhraseStart(tokens, called, NOUN_PREPOSITIONS, 1), called)).toBe('the elite group within Scientology');
  });
});

describe('quotation marks', () => {
  it('pairs straight quotes and leaves possessive apostrophes alone', () => {
    const tokens = tokenize("Thomas' sister called it the 'Nickinator' and 'i-Nick'.");
    expect(quotePairs(tokens).map(([o, c]) => words(tokens, o + 1, c))).toEqual(['Nickinator', 'i - Nick']);
  });

  it('treats a sentence that ends an earlier quotation as quoted', () => {
    const tokens = tokenize('He was deposited in an office for two hours.”');
    expect(nestedMask(tokens).every(Boolean)).toBe(true);
  });
});

describe('clauses', () => {
  it.each([
    ['On Wednesday, Sheinbaum confirmed that the US has been using drones.', 'Sheinbaum', 'confirmed'],
    ['Meanwhile, Canada, also under threat of tariffs, joined the US.', 'Canada', 'joined'],
    ['On a new website, "The Countdown", Microsoft has launched a campaign.', 'Microsoft', 'has launched'],
    ['In the 1960s Hadid attended boarding schools in England.', 'Hadid', 'attended'],
    ['The company which owned the land sold the farm in 2001.', 'The company', 'sold'],
    ['Daniel Montalvo, 19, a member of Scientology all his life, was arrested.', 'Daniel Montalvo', 'was arrested'],
  ])('%s', (sentence, subject, verb) => {
    const tokens = tokenize(sentence);
    const main = findClauses(tokens).find((c) => c.marker === null);
    expect(words(tokens, main!.subject.start, main!.subject.end)).toBe(subject);
    expect(words(tokens, main!.verb.verbStart, main!.verb.end)).toBe(verb);
  });

  it('finds the subject after a fronted subordinate clause', () => {
    const tokens = tokenize('While Sheinbaum has ruled out a confrontation, she has shifted away from the approach.');
    expect(tokens[clauseStart(tokens, nestedMask(tokens))]?.text).toBe('she');
  });

  it('ends a predicate at a participle clause, a relative clause or a new clause', () => {
    const tokens = tokenize('Sheinbaum rejected any intervention on Thursday, declaring that Mexico would resist, and the US agreed.');
    const nested = nestedMask(tokens);
    expect(words(tokens, 1, clauseEnd(tokens, nested, 1))).toBe('rejected any intervention on Thursday');
  });

  it('trims a long predicate at a subordinate clause, or gives up', () => {
    const tokens = tokenize('was forced to resign as Foreign Affairs minister after it became known that he left sensitive documents at the apartment of his then-girlfriend who had ties to the gang.');
    const nested = nestedMask(tokens);
    expect(words(tokens, 0, trimPredicate(tokens, nested, 0, tokens.length - 1))).toBe('was forced to resign as Foreign Affairs minister');
  });
});

describe('time expressions', () => {
  it.each([
    ['On Wednesday, Sheinbaum spoke.', 'On Wednesday'],
    ['Hadid was born on 31 October 1950 in Baghdad.', 'on 31 October 1950'],
    ['The country lost territory in the 19th century.', 'in the 19th century'],
    ['IE6 shipped with Windows XP, nearly a decade ago.', 'nearly a decade ago'],
    ['In May, 1750 he was elected.', 'In May , 1750'],
    ['The operation has existed for years.', null],
  ])('%s → %s', (sentence, expected) => {
    const tokens = tokenize(sentence);
    const range = timeExpression(tokens, 0, tokens.length);
    expect(range ? words(tokens, range.start, range.end) : null).toBe(expected);
  });
});
