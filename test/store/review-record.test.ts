import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { decodeReview, encodeReview, isExactRecord, ReviewRecordSchema } from '../../src-main/store/reviews/review-record';
import { review } from './review-fixtures';

/** Every way one field of a valid record can go wrong, plus a few whole-record ones. */
function mutations(): unknown[] {
  const base = review(3) as unknown as Record<string, unknown>;
  const bad: unknown[] = [null, [], 'x', 42, {}, { ...base, extra: 1 }, Object.assign(Object.create(null), base)];
  const values: unknown[] = [undefined, null, '', ' ', 'a', 'A1', '-x', 'x'.repeat(129), 'x'.repeat(4001), 0, -1, 1, 1.5, 2, 4, 5, 2 ** 53, NaN, Infinity, true, false, 'study', 'quiz', 'cloze', 'Cloze', [], {}, '__proto__'];
  for (const key of Object.keys(base)) {
    for (const value of values) bad.push({ ...base, [key]: value });
    const { [key]: _dropped, ...without } = base;
    bad.push(without);
  }
  return bad;
}

describe('review records', () => {
  it('round-trips through one line with a fixed key order', () => {
    const record = review(5);
    const line = encodeReview({ ...record });
    expect(line.toString('utf8').endsWith('\n')).toBe(true);
    expect(decodeReview(line.toString('utf8').trimEnd())).toEqual(record);
    const shuffled = Object.fromEntries(Object.entries(record).reverse()) as typeof record;
    expect(encodeReview(shuffled)).toEqual(line);
  });

  it('the fast check never accepts what the schema refuses', () => {
    const cases = mutations();
    expect(cases.length).toBeGreaterThan(300);
    for (const value of cases) {
      if (isExactRecord(value)) expect(v.safeParse(ReviewRecordSchema, value).success, JSON.stringify(value)).toBe(true);
    }
    expect(isExactRecord(review(1))).toBe(true);
  });

  it('decodes exactly what the schema accepts', () => {
    for (const value of mutations()) {
      const text = JSON.stringify(value) ?? 'undefined';
      const parsed = v.safeParse(ReviewRecordSchema, (() => { try { return JSON.parse(text); } catch { return undefined; } })());
      expect(decodeReview(text), text).toEqual(parsed.success ? parsed.output : null);
    }
    expect(decodeReview('{"v":1')).toBeNull();
  });

  it('round-trips undo, suspend and reset records, and refuses malformed ones', () => {
    const undo = { v: 1, kind: 'undo', id: 'u-1', at: 1_767_225_600_000, factId: 'fact-1', undoes: 'r-7' } as const;
    const suspend = { v: 1, kind: 'suspend', id: 's-1', at: 1_767_225_600_000, factId: 'fact-1' } as const;
    for (const record of [undo, suspend, { ...suspend, kind: 'unsuspend' as const }, { ...suspend, kind: 'reset' as const }]) {
      const line = encodeReview(record).toString('utf8');
      expect(decodeReview(line.trimEnd())).toEqual(record);
    }
    expect(decodeReview(JSON.stringify({ ...undo, undoes: '' }))).toBeNull();
    expect(decodeReview(JSON.stringify({ ...suspend, kind: 'delete' }))).toBeNull();
    expect(decodeReview(JSON.stringify({ ...undo, at: -1 }))).toBeNull();
    expect(() => encodeReview({ ...undo, factId: '' })).toThrow();
    expect(decodeReview(JSON.stringify({ ...suspend, kind: 'reset', at: 'now' }))).toBeNull();
    expect(() => encodeReview({ ...suspend, kind: 'reset', id: '' })).toThrow();
  });
});
