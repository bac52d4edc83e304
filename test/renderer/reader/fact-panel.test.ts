import { describe, expect, it } from 'vitest';
import { bandCounts, BAND_LABELS, LEGEND_BANDS } from '../../../src-renderer/screens/reader/bands';
import { dateTimeText, dueText, formatLabel, givenAnswer, memorySummary, percentText, stabilityText } from '../../../src-renderer/screens/reader/fact-panel';

const NOW = Date.parse('2026-03-02T09:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('legend', () => {
  it('names the bands in the legend’s order', () => {
    expect(LEGEND_BANDS.map((band) => BAND_LABELS[band]).join(' · ')).toBe('Strong · Good · Shaky · Fading · Not studied yet · Suspended');
  });

  it('counts facts per band, zero for the empty ones', () => {
    expect(bandCounts([{ band: 'good' }, { band: 'new' }, { band: 'good' }])).toEqual({ strong: 0, good: 2, shaky: 0, fading: 0, new: 1, suspended: 0 });
  });
});

describe('fact panel words', () => {
  it('says when a fact is due, ahead or overdue', () => {
    expect(dueText(null, NOW)).toBe('as a new card');
    expect(dueText(NOW + 20_000, NOW)).toBe('now');
    expect(dueText(NOW + 10 * MINUTE, NOW)).toBe('in 10 minutes');
    expect(dueText(NOW + 5 * HOUR, NOW)).toBe('in 5 hours');
    expect(dueText(NOW + 1 * DAY, NOW)).toBe('in 1 day');
    expect(dueText(NOW + 45 * DAY, NOW)).toBe('in 45 days');
    expect(dueText(NOW + 300 * DAY, NOW)).toBe('in 10 months');
    expect(dueText(NOW - 3 * DAY, NOW)).toBe('3 days overdue');
  });

  it('gives stability in days, hours or months', () => {
    expect(stabilityText(null)).toBe('—');
    expect(stabilityText(0.212)).toBe('5 hours');
    expect(stabilityText(2.3065)).toBe('2.3 days');
    expect(stabilityText(25)).toBe('25 days');
    expect(stabilityText(400)).toBe('13 months');
  });

  it('rounds recall to a percent that is never 100 % or 0 % unless it is', () => {
    expect(percentText(null)).toBe('—');
    expect(percentText(1)).toBe('100 %');
    expect(percentText(0.9996)).toBe('99 %');
    expect(percentText(0.881)).toBe('88 %');
    expect(percentText(0.001)).toBe('1 %');
  });

  it('labels formats, even one this version no longer writes', () => {
    expect(formatLabel('multiple-choice')).toBe('Multiple choice');
    expect(formatLabel('cloze')).toBe('Fill in the blank');
    expect(formatLabel('old-format')).toBe('old-format');
    expect(formatLabel('constructor')).toBe('constructor');
  });

  it('writes an answer’s date and time', () => {
    expect(dateTimeText(NOW, 'UTC')).toBe('2 Mar 2026, 09:00');
  });

  it('hides the "rated N" a self-rated flashcard logs, and shows a real answer', () => {
    expect(givenAnswer('rated 3')).toBeNull();
    expect(givenAnswer('  ')).toBeNull();
    expect(givenAnswer('Claudia Sheinbaum')).toBe('Claudia Sheinbaum');
    expect(givenAnswer('rated 3 stars')).toBe('rated 3 stars');
  });

  it('says why a fact is not being asked, and nothing for one that is', () => {
    expect(memorySummary({ band: 'new', leech: false })).toMatch(/^Not studied yet/);
    expect(memorySummary({ band: 'good', leech: false })).toBeNull();
    expect(memorySummary({ band: 'suspended', leech: true })).toMatch(/^Suspended as a leech/);
    expect(memorySummary({ band: 'suspended', leech: false })).toMatch(/^Suspended: /);
  });
});
