import { describe, expect, it } from 'vitest';
import type { ArticleSummary, QuizAttempt } from '../../../src-main/contract';
import {
  answerDisplay,
  answerRangeIn,
  articleTitles,
  durationWords,
  formatCredit,
  formatDuration,
  formatRows,
  formatWhen,
  historyRows,
  percent,
  scoreLabel,
} from '../../../src-renderer/screens/quiz/quiz-results';

const ARTICLES: ArticleSummary[] = [
  { id: 'a', title: 'Alpha', source: null, wordCount: 10, sectionCount: 1 },
  { id: 'b', title: 'Beta', source: null, wordCount: 10, sectionCount: 1 },
];

const ATTEMPT: QuizAttempt = {
  id: 'q1',
  startedAt: Date.UTC(2026, 11, 5, 9, 0, 0),
  finishedAt: Date.UTC(2026, 11, 5, 9, 4, 30),
  articleIds: ['b', 'a'],
  mode: 'exam',
  total: 10,
  correct: 6.5,
  tookMs: 185_000,
  byFormat: { 'true-false': { total: 4, correct: 3 }, 'list-recall': { total: 2, correct: 0.5 }, 'multiple-choice': { total: 4, correct: 3 } },
  mistakes: ['x', 'y'],
};

describe('scores', () => {
  it('rounds the percent and is 0 for an empty quiz', () => {
    expect(percent(7, 10)).toBe(70);
    expect(percent(2, 3)).toBe(67);
    expect(percent(6.5, 10)).toBe(65);
    expect(percent(0, 0)).toBe(0);
  });

  it('shows half credits to one decimal and whole ones plain', () => {
    expect(formatCredit(7)).toBe('7');
    expect(formatCredit(6.5)).toBe('6.5');
    expect(formatCredit(2 / 3)).toBe('0.7');
    expect(formatCredit(0.999999)).toBe('1');
    expect(scoreLabel(6.5, 10)).toBe('6.5 of 10');
  });
});

describe('time', () => {
  it('reads as a clock', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(7_900)).toBe('0:07');
    expect(formatDuration(185_000)).toBe('3:05');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(-5)).toBe('0:00');
  });

  it('reads as words', () => {
    expect(durationWords(45_000)).toBe('45 s');
    expect(durationWords(185_000)).toBe('3 min 5 s');
    expect(durationWords(120_000)).toBe('2 min');
    expect(durationWords(3_720_000)).toBe('1 h 2 min');
  });

  it('dates an attempt in the given zone', () => {
    expect(formatWhen(ATTEMPT.finishedAt, 'UTC')).toBe('Dec 5, 2026, 9:04 AM');
  });
});

describe('formatRows', () => {
  it('lists the formats asked in the setup order, with credit and percent', () => {
    expect(formatRows(ATTEMPT.byFormat)).toEqual([
      { format: 'multiple-choice', label: 'Multiple choice', total: 4, correct: '3', percent: 75 },
      { format: 'true-false', label: 'True or false', total: 4, correct: '3', percent: 75 },
      { format: 'list-recall', label: 'Lists', total: 2, correct: '0.5', percent: 25 },
    ]);
  });

  it('keeps a format it does not know, by its name, last', () => {
    expect(formatRows({ essay: { total: 1, correct: 1 }, cloze: { total: 1, correct: 0 } }).map((row) => row.label)).toEqual(['Fill in the blank', 'essay']);
  });
});

describe('history', () => {
  it('names the articles, falling back to the id of one gone from the library', () => {
    expect(articleTitles(['b', 'a'], ARTICLES)).toBe('Beta, Alpha');
    expect(articleTitles(['gone'], ARTICLES)).toBe('gone');
  });

  it('makes one row per attempt, in the given order', () => {
    const rows = historyRows([ATTEMPT, { ...ATTEMPT, id: 'q0', mode: 'practice', correct: 10, articleIds: ['a'] }], ARTICLES, 'UTC');
    expect(rows).toEqual([
      { id: 'q1', when: 'Dec 5, 2026, 9:04 AM', articles: 'Beta, Alpha', mode: 'Exam', score: '6.5 of 10', percent: 65, time: '3:05' },
      { id: 'q0', when: 'Dec 5, 2026, 9:04 AM', articles: 'Alpha', mode: 'Practice', score: '10 of 10', percent: 100, time: '3:05' },
    ]);
  });
});

describe('answers', () => {
  it('shows each kind of answer as text, a skip as such', () => {
    expect(answerDisplay(null)).toBe('Skipped');
    expect(answerDisplay({ kind: 'text', text: 'Sheinbaum' })).toBe('Sheinbaum');
    expect(answerDisplay({ kind: 'choice', choice: 'Mexico' })).toBe('Mexico');
    expect(answerDisplay({ kind: 'truth', value: false })).toBe('False');
    expect(answerDisplay({ kind: 'pairs', pairs: [{ left: 'a', right: '1' }, { left: 'b', right: '2' }] })).toBe('a → 1; b → 2');
  });

  it('finds the answer in its sentence, in any case, or gives null', () => {
    expect(answerRangeIn('Claudia Sheinbaum rejected it.', 'sheinbaum')).toEqual({ start: 8, end: 17 });
    expect(answerRangeIn('Claudia Sheinbaum rejected it.', 'Obrador')).toBeNull();
    expect(answerRangeIn('It is true that…', 'true')).toBeNull();
    expect(answerRangeIn('Anything', '  ')).toBeNull();
  });
});
