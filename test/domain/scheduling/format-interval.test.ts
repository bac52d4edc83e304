import { describe, expect, it } from 'vitest';
import { formatInterval } from '../../../src-main/domain/scheduling';
import { DAY, HOUR, MINUTE } from './fixtures';

describe('formatInterval', () => {
  it.each([
    [10_000, '<1m'],
    [MINUTE, '1m'],
    [10 * MINUTE, '10m'],
    [59.6 * MINUTE, '1h'],
    [5 * HOUR, '5h'],
    [23.7 * HOUR, '1d'],
    [3 * DAY, '3d'],
    [29 * DAY, '29d'],
    [30 * DAY, '1mo'],
    [61 * DAY, '2mo'],
    [365 * DAY, '1y'],
    [548 * DAY, '1.5y'],
    [20 * 365.25 * DAY, '20y'],
  ])('writes %d ms as %s', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });

  it.each([0, -5 * MINUTE, Number.NaN, Number.POSITIVE_INFINITY])('writes the nonsense duration %d as <1m', (ms) => {
    expect(formatInterval(ms)).toBe('<1m');
  });
});
