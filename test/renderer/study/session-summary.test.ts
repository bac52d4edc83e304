import { describe, expect, it } from 'vitest';
import { backIn, dueNextText, formatDuration, summarize, type StudiedAnswer } from '../../../src-renderer/screens/study/session-summary';

const answer = (rating: StudiedAnswer['rating'], correct: boolean, reviewId = `r${rating}${correct}`): StudiedAnswer => ({ reviewId, rating, correct });
const NONE_DUE = { learning: 0, review: 0, new: 0 };

describe('the end-of-session summary', () => {
  it('counts the cards, the share right, the Agains and the time', () => {
    const summary = summarize([answer(3, true), answer(1, false), answer(4, true), answer(2, true)], 185_000, NONE_DUE);
    expect(summary).toEqual({ studied: 4, correctPercent: 75, again: 1, timeSpent: '3 min', dueNext: 'Nothing more due today.' });
  });

  it('rounds the percentage and has none when nothing was answered', () => {
    expect(summarize([answer(3, true), answer(1, false), answer(1, false)], 0, NONE_DUE).correctPercent).toBe(33);
    const empty = summarize([], 4_000, null);
    expect(empty.studied).toBe(0);
    expect(empty.correctPercent).toBeNull();
    expect(empty.again).toBe(0);
    expect(empty.timeSpent).toBe('4 s');
  });

  it('says what is still due when the learner ended early', () => {
    expect(dueNextText({ learning: 2, review: 0, new: 5 })).toBe('7 cards still due today (5 new, 2 learning).');
    expect(dueNextText({ learning: 0, review: 1, new: 0 })).toBe('1 card still due today (1 to review).');
    expect(dueNextText(NONE_DUE)).toBe('Nothing more due today.');
    expect(dueNextText(null)).toBe('Nothing more due today.');
  });

  it('points to another mode when cards are due but none can be asked in this one', () => {
    expect(dueNextText({ learning: 0, review: 0, new: 3 }, true)).toBe('Nothing more to ask in this mode; 3 cards still due can be asked in another mode.');
    expect(dueNextText(NONE_DUE, true)).toBe('Nothing more due today.');
    expect(summarize([], 0, { learning: 1, review: 0, new: 0 }, true).dueNext).toMatch(/another mode/);
  });

  it('writes durations a learner reads', () => {
    expect(formatDuration(-5)).toBe('0 s');
    expect(formatDuration(59_400)).toBe('59 s');
    expect(formatDuration(60_000)).toBe('1 min');
    expect(formatDuration(3_600_000)).toBe('1 h');
    expect(formatDuration(3_900_000)).toBe('1 h 5 min');
  });

  it('says when a card comes back, and nothing without an interval', () => {
    expect(backIn('3d')).toBe('Back in 3d');
    expect(backIn('')).toBe('');
  });
});
