import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src-main/domain/facts/model';
import { gradeAnswer, overruleGrade, ratingFor, type GivenAnswer, type Grade, type Verdict } from '../../../src-main/domain/grading';
import { FAST_MS, OVERRULED_REASON, SLOW_MS } from '../../../src-main/domain/grading';
import type { Question } from '../../../src-main/domain/questions/model';
import { choice, cloze, list, matching, numberFact, numeric, pairs, personFact, picked, qa, termFact, text, trueFalse, truth } from './factories';

interface Case {
  readonly name: string;
  readonly question: Question;
  readonly given: GivenAnswer;
  readonly fact?: Fact;
  readonly verdict: Verdict;
  readonly reason: string;
}

const approx480k = numberFact('approximately 480,000', 480_000, { tolerance: { kind: 'relative', ratio: 0.05 }, qualifier: 'approximately' });
const century20 = numberFact('20th', 20, { aliases: ['20th century', 'twentieth century', '1900s'] });
const range = { kind: 'range', min: 200_000, max: 750_000 } as const;
const sheinbaum = qa('Claudia Sheinbaum', { factKind: 'person' });
const usa = qa('United States', { factKind: 'event' });
const countries = list(['Mexico', 'Canada', 'Brazil']);
const capitals = matching([['France', 'Paris'], ['Spain', 'Madrid'], ['Italy', 'Rome']]);

const cases: readonly Case[] = [
  // Text rules: what never makes two answers different.
  { name: 'exact answer', question: qa('Gulf Cartel'), given: text('Gulf Cartel'), verdict: 'correct', reason: 'correct' },
  { name: 'case', question: qa('Gulf Cartel'), given: text('gulf CARTEL'), verdict: 'correct', reason: 'correct' },
  { name: 'leading "the"', question: qa('Gulf Cartel'), given: text('the Gulf Cartel'), verdict: 'correct', reason: 'correct' },
  { name: 'leading "a"', question: qa('drone'), given: text('a drone'), verdict: 'correct', reason: 'correct' },
  { name: 'leading "an" on the expected side', question: qa('an estimate'), given: text('estimate'), verdict: 'correct', reason: 'correct' },
  { name: 'punctuation', question: qa('Gulf Cartel'), given: text('Gulf-Cartel!'), verdict: 'correct', reason: 'correct' },
  { name: 'extra spaces', question: qa('Gulf Cartel'), given: text('   Gulf \t  Cartel  '), verdict: 'correct', reason: 'correct' },
  { name: 'accent left out', question: qa('Michoacán'), given: text('Michoacan'), verdict: 'correct', reason: 'correct' },
  { name: 'accent added', question: qa('Michoacan'), given: text('MICHOACÁN'), verdict: 'correct', reason: 'correct' },
  { name: 'ß spelt ss', question: qa('Strauß'), given: text('Strauss'), verdict: 'correct', reason: 'correct' },
  { name: 'curly quotes and possessive', question: qa('Sinaloa’s cartel'), given: text("Sinaloa's cartel"), verdict: 'correct', reason: 'correct' },
  { name: 'emoji around a right answer', question: qa('Mexico'), given: text('🇲🇽 Mexico 🎉'), verdict: 'correct', reason: 'correct' },
  { name: 'combining-mark flood over a right answer', question: qa('Mexico'), given: text('M\u0337\u031be\u0335x\u0338i\u0336c\u0337o\u0334'), verdict: 'correct', reason: 'correct' },

  // Typos, by the length of the answer.
  { name: '1 typo in a 6-letter word', question: qa('Mexico'), given: text('Mexiko'), verdict: 'correct', reason: 'accepted: 1 typo' },
  { name: '1 typo in a 5-letter word', question: qa('Spain'), given: text('Spein'), verdict: 'correct', reason: 'accepted: 1 typo' },
  { name: '2 typos in a 6-letter word rejected', question: qa('Mexico'), given: text('Mejiko'), verdict: 'wrong', reason: 'wrong: expected Mexico' },
  { name: '2 typos in a 9-letter word', question: qa('Sheinbaum'), given: text('Sheimbam'), verdict: 'correct', reason: 'accepted: 2 typos' },
  { name: '3 typos in a 9-letter word rejected', question: qa('Sheinbaum'), given: text('Shainbom'), verdict: 'wrong', reason: 'wrong: expected Sheinbaum' },
  { name: 'typo in a 4-letter word rejected (Iraq ≠ Iran)', question: qa('Iran'), given: text('Iraq'), verdict: 'wrong', reason: 'wrong: expected Iran' },
  { name: 'typo in a 3-letter word rejected', question: qa('oil'), given: text('oul'), verdict: 'wrong', reason: 'wrong: expected oil' },
  { name: 'typos counted over the whole answer', question: qa('New York'), given: text('New Yrok'), verdict: 'wrong', reason: 'wrong: expected New York' },
  { name: 'one slip in a two-word answer', question: qa('New York'), given: text('Nw York'), verdict: 'correct', reason: 'accepted: 1 typo' },
  { name: 'a different answer', question: qa('Canada'), given: text('Brazil'), verdict: 'wrong', reason: 'wrong: expected Canada' },

  // Numbers inside text answers: never typo-tolerant.
  { name: 'year with swapped digits', question: qa('1783', { factKind: 'event' }), given: text('1738'), verdict: 'wrong', reason: 'wrong: expected 1783' },
  { name: 'number word one letter off', question: qa('sixty', { factKind: 'event' }), given: text('sixth'), verdict: 'wrong', reason: 'wrong: expected sixty' },
  { name: 'digits in a name must match', question: qa('Route 66'), given: text('Route 67'), verdict: 'wrong', reason: 'wrong: expected Route 66' },
  { name: 'a letter slip beside matching digits', question: qa('Route 66'), given: text('Rute 66'), verdict: 'correct', reason: 'accepted: 1 typo' },
  { name: 'digit for a number word', question: qa('eight', { factKind: 'event' }), given: text('8'), verdict: 'correct', reason: 'accepted: the same number as eight' },
  { name: 'ordinal written as digits', question: qa('Second World War'), given: text('2nd World War'), verdict: 'correct', reason: 'accepted: the same number' },
  { name: 'a different ordinal', question: qa('Second World War'), given: text('First World War'), verdict: 'wrong', reason: 'wrong: expected Second World War' },

  // Aliases: the question's, the fact's, surnames, country names.
  { name: "the question's accepted answer", question: qa('United Nations', { accepted: ['UN'] }), given: text('U.N.'), verdict: 'wrong', reason: 'wrong: expected United Nations' },
  { name: "the question's accepted answer, as written", question: qa('United Nations', { accepted: ['UN'] }), given: text('un'), verdict: 'correct', reason: 'accepted: alias UN' },
  { name: "the fact's alias", question: qa('World Health Organization'), fact: termFact('World Health Organization', ['WHO']), given: text('WHO'), verdict: 'correct', reason: 'accepted: alias WHO' },
  { name: "another fact's alias is not used", question: qa('World Health Organization'), fact: termFact('World Health Organization', ['WHO'], 'f-other'), given: text('WHO'), verdict: 'wrong', reason: 'wrong: expected World Health Organization' },
  { name: 'surname for a full name (fact)', question: sheinbaum, fact: personFact('Claudia Sheinbaum'), given: text('Sheinbaum'), verdict: 'correct', reason: 'accepted: surname' },
  { name: 'surname for a full name (known given name)', question: sheinbaum, given: text('sheinbaum'), verdict: 'correct', reason: 'accepted: surname' },
  { name: 'surname with a typo', question: sheinbaum, given: text('Sheinbaun'), verdict: 'correct', reason: 'accepted: surname, 1 typo' },
  { name: 'full name with a typo', question: sheinbaum, given: text('Claudia Sheinbam'), verdict: 'correct', reason: 'accepted: 1 typo' },
  { name: 'given name alone is not enough', question: sheinbaum, given: text('Claudia'), verdict: 'wrong', reason: 'wrong: expected Claudia Sheinbaum' },
  { name: 'surname with particles', question: qa('Ursula von der Leyen', { factKind: 'person' }), fact: personFact('Ursula von der Leyen'), given: text('von der Leyen'), verdict: 'correct', reason: 'accepted: surname' },
  { name: 'a role is not a name: no "surname" for it', question: qa('Foreign Minister', { factKind: 'person' }), given: text('Minister'), verdict: 'wrong', reason: 'wrong: expected Foreign Minister' },
  { name: 'US for United States', question: usa, given: text('US'), verdict: 'correct', reason: 'accepted: another name for United States' },
  { name: 'U.S.A. for United States', question: usa, given: text('U.S.A.'), verdict: 'correct', reason: 'accepted: another name for United States' },
  { name: 'America for "the United States"', question: qa('the United States'), given: text('America'), verdict: 'correct', reason: 'accepted: another name for United States' },
  { name: 'United Kingdom for Britain', question: qa('Britain'), given: text('United Kingdom'), verdict: 'correct', reason: 'accepted: another name for United Kingdom' },
  { name: 'wrong alias: UK for United States', question: usa, given: text('UK'), verdict: 'wrong', reason: 'wrong: expected United States' },
  { name: 'a demonym is not a country name', question: usa, given: text('American'), verdict: 'wrong', reason: 'wrong: expected United States' },

  // Nothing or garbage: wrong, never a throw.
  { name: 'empty answer', question: qa('Mexico'), given: text(''), verdict: 'wrong', reason: 'wrong: no answer; expected Mexico' },
  { name: 'whitespace only', question: qa('Mexico'), given: text(' \n\t  '), verdict: 'wrong', reason: 'wrong: no answer' },
  { name: 'emoji only', question: qa('Mexico'), given: text('🎉🎉🤷'), verdict: 'wrong', reason: 'wrong: no letters or digits' },
  { name: 'symbols only', question: qa('Mexico'), given: text('%%$$##'), verdict: 'wrong', reason: 'wrong: no letters or digits' },
  { name: 'a very long paste', question: qa('Mexico'), given: text('Mexico '.repeat(3000)), verdict: 'wrong', reason: 'wrong: expected Mexico' },
  { name: 'lone surrogate and control characters', question: numeric('eight', 8), given: text('\ud800\u0000\u0007'), verdict: 'wrong', reason: 'wrong: no letters or digits' },

  // Numeric questions: numbers however they are written, with the fact's tolerance.
  { name: 'number word', question: numeric('eight', 8), given: text('eight'), verdict: 'correct', reason: 'correct' },
  { name: 'digits for a number word', question: numeric('eight', 8), given: text('8'), verdict: 'correct', reason: 'correct' },
  { name: 'off by one, exact tolerance', question: numeric('eight', 8), given: text('9'), verdict: 'wrong', reason: 'wrong: expected eight' },
  { name: 'scale abbreviation', question: numeric('approximately 480,000', 480_000, approx480k.tolerance), fact: approx480k, given: text('480k'), verdict: 'correct', reason: 'correct' },
  { name: 'within 5 % of a hedged number', question: numeric('approximately 480,000', 480_000, approx480k.tolerance), fact: approx480k, given: text('470,000'), verdict: 'correct', reason: 'accepted: within 5 % (the article says approximately)' },
  { name: 'beyond 5 % of a hedged number', question: numeric('approximately 480,000', 480_000, approx480k.tolerance), fact: approx480k, given: text('450,000'), verdict: 'wrong', reason: 'wrong: expected approximately 480,000' },
  { name: 'hedge typed by the learner', question: numeric('approximately 480,000', 480_000, approx480k.tolerance), given: text('about 480,000'), verdict: 'correct', reason: 'correct' },
  { name: 'scale word', question: numeric('1.2 million', 1_200_000), given: text('1.2 million'), verdict: 'correct', reason: 'correct' },
  { name: 'thousands separators', question: numeric('1.2 million', 1_200_000), given: text('1,200,000'), verdict: 'correct', reason: 'correct' },
  { name: 'spaced thousands', question: numeric('1.2 million', 1_200_000), given: text('1 200 000'), verdict: 'correct', reason: 'correct' },
  { name: 'percent sign', question: numeric('25 percent', 25), given: text('25%'), verdict: 'correct', reason: 'correct' },
  { name: 'percent word', question: numeric('25%', 25), given: text('25 percent'), verdict: 'correct', reason: 'correct' },
  { name: 'wrong percent', question: numeric('25%', 25), given: text('26%'), verdict: 'wrong', reason: 'wrong: expected 25%' },
  { name: 'inside a stated range', question: numeric('200,000 to 750,000', 200_000, range), given: text('300,000'), verdict: 'correct', reason: 'accepted: inside the stated range' },
  { name: 'the range itself', question: numeric('200,000 to 750,000', 200_000, range), given: text('200,000 to 750,000'), verdict: 'correct', reason: 'correct' },
  { name: 'outside a stated range', question: numeric('200,000 to 750,000', 200_000, range), given: text('800,000'), verdict: 'wrong', reason: 'wrong: expected 200,000 to 750,000' },
  { name: 'a different range', question: numeric('200,000 to 750,000', 200_000, range), given: text('200000-700000'), verdict: 'wrong', reason: 'wrong' },
  { name: 'year typed with swapped digits', question: numeric('1783', 1783), given: text('1738'), verdict: 'wrong', reason: 'wrong: expected 1783' },
  { name: 'not a number', question: numeric('eight', 8), given: text('lots'), verdict: 'wrong', reason: 'wrong: expected eight' },
  { name: 'misspelt number word', question: numeric('eight', 8), given: text('eigth'), verdict: 'wrong', reason: 'wrong: expected eight' },

  { name: "a fact's alias the parser reads as another number", question: numeric('20th', 20), fact: century20, given: text('1900s'), verdict: 'correct', reason: 'accepted: alias 1900s' },
  { name: 'a wrong number next to such an alias', question: numeric('20th', 20), fact: century20, given: text('1800s'), verdict: 'wrong', reason: 'wrong: expected 20th' },

  // Cloze and question-answer of number facts are graded as numbers.
  { name: 'cloze of a hedged number fact', question: cloze('480,000', { factKind: 'number' }), fact: numberFact('480,000', 480_000, { tolerance: { kind: 'relative', ratio: 0.05 }, qualifier: 'an estimated' }), given: text('490,000'), verdict: 'correct', reason: 'accepted: within 5 % (the article says an estimated)' },
  { name: 'hedge read from the answer when no fact is given', question: qa('approximately 480,000', { factKind: 'number' }), given: text('475000'), verdict: 'correct', reason: 'accepted: within 5 % (the article says approximately)' },
  { name: 'question-answer number without a fact', question: qa('eight', { factKind: 'number' }), given: text('8'), verdict: 'correct', reason: 'correct' },
  { name: 'number words for digits in a cloze', question: cloze('800', { factKind: 'number' }), fact: numberFact('800', 800), given: text('eight hundred'), verdict: 'correct', reason: 'correct' },
  { name: 'a near number in a cloze of an exact fact', question: cloze('800', { factKind: 'number' }), fact: numberFact('800', 800), given: text('801'), verdict: 'wrong', reason: 'wrong: expected 800' },

  // Lists: per item, any order, duplicates once.
  { name: 'all items', question: countries, given: text('Mexico, Canada, Brazil'), verdict: 'correct', reason: '3 of 3 items' },
  { name: 'any order, other separators', question: countries, given: text('brazil; MEXICO\ncanada'), verdict: 'correct', reason: '3 of 3 items' },
  { name: 'two of three, joined by "and"', question: countries, given: text('Mexico and Canada'), verdict: 'partly', reason: '2 of 3 items' },
  { name: 'duplicates count once', question: countries, given: text('Mexico, mexico, the Mexico'), verdict: 'partly', reason: '1 of 3 items' },
  { name: 'a typo inside a list', question: countries, given: text('Mexico, Canda, Brazil'), verdict: 'correct', reason: '3 of 3 items' },
  { name: 'no item right', question: countries, given: text('Peru, Chile'), verdict: 'wrong', reason: 'wrong: 0 of 3 items' },
  { name: '"and" inside an item', question: list(['Trinidad and Tobago', 'Bosnia and Herzegovina']), given: text('Trinidad and Tobago, Bosnia and Herzegovina'), verdict: 'correct', reason: '2 of 2 items' },
  { name: 'country alias as a list item', question: list(['United States', 'Mexico']), given: text('US and Mexico'), verdict: 'correct', reason: '2 of 2 items' },
  { name: 'numbers in a list are exact', question: list(['1783', '1812']), given: text('1738, 1812'), verdict: 'partly', reason: '1 of 2 items' },
  { name: 'empty list answer', question: countries, given: text('  '), verdict: 'wrong', reason: 'wrong: no answer' },

  // Matching: per pair.
  { name: 'all pairs', question: capitals, given: pairs([['France', 'Paris'], ['Spain', 'Madrid'], ['Italy', 'Rome']]), verdict: 'correct', reason: '3 of 3 pairs' },
  { name: 'pairs in any order and case', question: capitals, given: pairs([['italy', 'rome'], ['FRANCE', 'paris'], ['Spain', 'Madrid']]), verdict: 'correct', reason: '3 of 3 pairs' },
  { name: 'two pairs swapped', question: capitals, given: pairs([['France', 'Paris'], ['Spain', 'Rome'], ['Italy', 'Madrid']]), verdict: 'partly', reason: '1 of 3 pairs' },
  { name: 'no pairs', question: capitals, given: pairs([]), verdict: 'wrong', reason: 'wrong: 0 of 3 pairs' },

  // Recognition formats.
  { name: 'the right option', question: choice('Mexico', ['Mexico', 'Peru', 'Chile', 'Cuba']), given: picked('Mexico'), verdict: 'correct', reason: 'correct' },
  { name: 'a wrong option', question: choice('Mexico', ['Mexico', 'Peru', 'Chile', 'Cuba']), given: picked('Peru'), verdict: 'wrong', reason: 'wrong: expected Mexico' },
  { name: 'no typo tolerance on a pick', question: choice('Mexico', ['Mexico', 'Peru', 'Chile', 'Cuba']), given: picked('Mexic'), verdict: 'wrong', reason: 'wrong: expected Mexico' },
  { name: 'true for a true statement', question: trueFalse(true), given: truth(true), verdict: 'correct', reason: 'correct: the statement is true' },
  { name: 'true for a false statement', question: trueFalse(false), given: truth(true), verdict: 'wrong', reason: 'wrong: the statement is false' },
  { name: 'typed "False" for a false statement', question: trueFalse(false), given: text('False'), verdict: 'correct', reason: 'correct' },

  // An answer of the wrong kind is graded, not thrown on.
  { name: 'a pick for a typed question', question: qa('Mexico'), given: picked('Mexico'), verdict: 'wrong', reason: 'does not fit a question-answer question' },
  { name: 'text for a matching question', question: capitals, given: text('France Paris'), verdict: 'wrong', reason: 'does not fit a matching question' },
];

describe('gradeAnswer', () => {
  it('has a case for every rule', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.each(cases)('$name', ({ question, given, fact, verdict, reason }) => {
    const grade = gradeAnswer(question, given, fact);
    expect(grade.verdict).toBe(verdict);
    expect(grade.reason).toContain(reason);
    expect(grade.credit).toBeGreaterThanOrEqual(0);
    expect(grade.credit).toBeLessThanOrEqual(1);
    if (verdict === 'correct') expect(grade.credit).toBe(1);
    if (verdict === 'wrong') expect(grade.credit).toBe(0);
  });
});

/** The given text read back from a diff (shared and extra parts), and the expected text (shared and missing). */
function sides(grade: Grade): { given: string; expected: string } {
  const parts = grade.diff ?? [];
  return {
    given: parts.filter((part) => part.kind !== 'missing').map((part) => part.text).join(''),
    expected: parts.filter((part) => part.kind !== 'extra').map((part) => part.text).join(''),
  };
}

describe('near misses carry a diff', () => {
  it('shows the slip in an accepted typo', () => {
    const grade = gradeAnswer(qa('Mexico'), text('Mexiko'));
    expect(sides(grade)).toEqual({ given: 'mexiko', expected: 'mexico' });
    expect(grade.diff).toContainEqual({ text: 'k', kind: 'extra' });
    expect(grade.diff).toContainEqual({ text: 'c', kind: 'missing' });
  });

  it('shows the letters of a near miss that is still wrong', () => {
    const grade = gradeAnswer(qa('Mexico'), text('Mejiko'));
    expect(grade.verdict).toBe('wrong');
    expect(sides(grade)).toEqual({ given: 'mejiko', expected: 'mexico' });
  });

  it('gives no diff for an unrelated answer, a number, or a long paste', () => {
    expect(gradeAnswer(qa('Gulf Cartel'), text('xyz')).diff).toBeUndefined();
    expect(gradeAnswer(numeric('1783', 1783), text('1738')).diff).toBeUndefined();
    expect(gradeAnswer(qa('Mexico'), text('Mexico '.repeat(3000))).diff).toBeUndefined();
  });
});

describe('lists and matching: per item', () => {
  it('credits k of n and says which item was missed', () => {
    const grade = gradeAnswer(countries, text('Canada and Mexico'));
    expect(grade.credit).toBeCloseTo(2 / 3);
    expect(grade.items).toEqual([
      { expected: 'Mexico', given: 'Mexico', verdict: 'correct', reason: 'correct' },
      { expected: 'Canada', given: 'Canada', verdict: 'correct', reason: 'correct' },
      { expected: 'Brazil', given: null, verdict: 'wrong', reason: 'missed' },
    ]);
  });

  it('counts a repeated item once and reports the repeats', () => {
    const grade = gradeAnswer(countries, text('Mexico, mexico, the Mexico'));
    expect(grade.credit).toBeCloseTo(1 / 3);
    expect(grade.items?.filter((item) => item.reason === 'already counted')).toHaveLength(2);
  });

  it('reports an item that is not in the list without crediting it', () => {
    const grade = gradeAnswer(countries, text('Mexico, Peru, Canada, Brazil'));
    expect(grade.verdict).toBe('correct');
    expect(grade.items).toContainEqual({ expected: null, given: 'Peru', verdict: 'wrong', reason: 'not in the list' });
  });

  it('names the typo on the item it forgave', () => {
    const grade = gradeAnswer(countries, text('Mexico, Canda, Brazil'));
    expect(grade.items).toContainEqual({ expected: 'Canada', given: 'Canda', verdict: 'correct', reason: 'accepted: 1 typo' });
  });

  it('lets an exact mention claim its item before a typo can', () => {
    const grade = gradeAnswer(list(['Austria', 'Australia']), text('Austrila, Austria'));
    expect(grade.verdict).toBe('correct');
    expect(grade.items).toContainEqual({ expected: 'Australia', given: 'Austrila', verdict: 'correct', reason: 'accepted: 2 typos' });
  });

  it('reads a typed number list with thousands separators as whole numbers', () => {
    const grade = gradeAnswer(list(['200,000', '750,000']), text('200,000, 750,000'));
    expect(grade.verdict).toBe('correct');
  });

  it('credits matching per pair and says what was expected', () => {
    const grade = gradeAnswer(capitals, pairs([['France', 'Paris'], ['Spain', 'Rome']]));
    expect(grade.credit).toBeCloseTo(1 / 3);
    expect(grade.items?.map((item) => item.reason)).toEqual(['France: correct', 'Spain: expected Madrid', 'Italy: not matched']);
  });

  it('counts a left item joined twice by its first pair', () => {
    const grade = gradeAnswer(capitals, pairs([['France', 'Rome'], ['France', 'Paris'], ['Spain', 'Madrid'], ['Italy', 'Rome']]));
    expect(grade.credit).toBeCloseTo(2 / 3);
  });
});

describe('ratingFor', () => {
  const right: Grade = { verdict: 'correct', credit: 1, reason: 'correct' };
  const wrong: Grade = { verdict: 'wrong', credit: 0, reason: 'wrong: expected x' };
  const partly = (credit: number): Grade => ({ verdict: 'partly', credit, reason: 'k of n items' });
  const cases: ReadonlyArray<readonly [string, Grade, Parameters<typeof ratingFor>[1], 1 | 2 | 3 | 4]> = [
    ['wrong is Again, however fast', wrong, { format: 'question-answer', usedHint: false, tookMs: 1_000 }, 1],
    ['partly, most of it, is Hard', partly(2 / 3), { format: 'list-recall', usedHint: false, tookMs: 5_000 }, 2],
    ['partly, exactly half, is Hard', partly(0.5), { format: 'matching', usedHint: false, tookMs: 5_000 }, 2],
    ['partly, less than half, is Again', partly(1 / 3), { format: 'list-recall', usedHint: false, tookMs: 5_000 }, 1],
    ['right after a hint is Hard, however fast', right, { format: 'question-answer', usedHint: true, tookMs: 1_000 }, 2],
    ['right but slow recall is Hard', right, { format: 'question-answer', usedHint: false, tookMs: 31_000 }, 2],
    ['right recall under the slow line is Good', right, { format: 'question-answer', usedHint: false, tookMs: 29_000 }, 3],
    ['right but slow pick is Hard', right, { format: 'multiple-choice', usedHint: false, tookMs: 16_000 }, 2],
    ['a quick right pick is Good, never Easy', right, { format: 'multiple-choice', usedHint: false, tookMs: 1_000 }, 3],
    ['a quick right true/false is Good', right, { format: 'true-false', usedHint: false, tookMs: 1_000 }, 3],
    ['a quick right cloze is Good (the sentence cues it)', right, { format: 'cloze', usedHint: false, tookMs: 2_000 }, 3],
    ['fast recall is Easy', right, { format: 'question-answer', usedHint: false, tookMs: 5_000 }, 4],
    ['fast numeric is Easy', right, { format: 'numeric', usedHint: false, tookMs: 5_000 }, 4],
    ['fast list recall is Easy', right, { format: 'list-recall', usedHint: false, tookMs: 10_000 }, 4],
    ['fast matching is Easy', right, { format: 'matching', usedHint: false, tookMs: 10_000 }, 4],
    ['recall just over the fast line is Good', right, { format: 'question-answer', usedHint: false, tookMs: 8_000 }, 3],
    ['unknown time is Good', right, { format: 'question-answer', usedHint: false, tookMs: Number.NaN }, 3],
    ['a negative time (clock change) is Good', right, { format: 'numeric', usedHint: false, tookMs: -5 }, 3],
  ];

  it.each(cases)('%s', (_name, grade, context, rating) => {
    expect(ratingFor(grade, context)).toBe(rating);
  });

  it('has a slow line for every format, above any fast line; recognition formats have no fast line', () => {
    for (const [format, slow] of Object.entries(SLOW_MS)) {
      expect(slow).toBeGreaterThan(FAST_MS[format as keyof typeof SLOW_MS] ?? 0);
    }
    expect(SLOW_MS['multiple-choice']).toBeLessThan(SLOW_MS['question-answer']);
    expect(FAST_MS['multiple-choice']).toBeUndefined();
    expect(FAST_MS['true-false']).toBeUndefined();
    expect(FAST_MS.cloze).toBeUndefined();
  });
});

describe('overruleGrade', () => {
  it('turns a wrong grade into a right one and drops the diff', () => {
    const wrong = gradeAnswer(qa('Mexico'), text('Mejiko'));
    expect(wrong.diff).toBeDefined();
    expect(overruleGrade(wrong)).toEqual({ verdict: 'correct', credit: 1, reason: OVERRULED_REASON });
    expect(OVERRULED_REASON).toBe('accepted: you overruled the grade');
  });

  it('turns a partly right list into a right one, keeping the per-item results', () => {
    const partly = gradeAnswer(countries, text('Mexico'));
    const overruled = overruleGrade(partly);
    expect(overruled).toMatchObject({ verdict: 'correct', credit: 1, reason: OVERRULED_REASON });
    expect(overruled.items).toEqual(partly.items);
  });

  it('leaves a right grade as it is', () => {
    const right = gradeAnswer(qa('Mexico'), text('Mexiko'));
    expect(overruleGrade(right)).toBe(right);
  });
});

describe('hostile input', () => {
  const questions: readonly Question[] = [qa('Gulf Cartel'), sheinbaum, numeric('eight', 8), numeric('200,000 to 750,000', 200_000, range), countries, capitals, choice('Mexico', ['Mexico', 'Peru']), trueFalse(true)];
  const inputs: readonly string[] = [
    '', ' ', '\u0000', '\ud83d', '\u202eocixeM', '<script>alert(1)</script>', 'NaN', 'Infinity', '-0', '1e309', '0x10',
    '１２３', '٨', ',,, ;;; and and & or', 'a'.repeat(100_000), '1,'.repeat(5_000), '🇲🇽'.repeat(1_000), 'e\u0301'.repeat(2_000),
  ];
  const shapes = (input: string): GivenAnswer[] => [text(input), picked(input), pairs([[input, input]])];

  it('grades every input for every format without throwing, with a valid grade', () => {
    for (const question of questions) {
      for (const input of inputs) {
        for (const given of shapes(input)) {
          const grade = gradeAnswer(question, given);
          expect(['correct', 'partly', 'wrong']).toContain(grade.verdict);
          expect(grade.credit).toBeGreaterThanOrEqual(0);
          expect(grade.credit).toBeLessThanOrEqual(1);
          expect(grade.reason.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('credits none of the garbage', () => {
    for (const question of questions.filter((q) => q.format !== 'true-false')) {
      for (const input of inputs) expect(gradeAnswer(question, text(input)).verdict).toBe('wrong');
    }
  });
});
