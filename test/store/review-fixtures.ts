import type { ReviewRecord } from '../../src-main/contract';

export const JAN_2026 = Date.UTC(2026, 0, 15, 12); // mid-January, so ±days stay in the month
export const FEB_2026 = Date.UTC(2026, 1, 10, 9);

/** A valid answer; `n` makes the id unique and picks one of `facts` facts. */
export function review(n: number, overrides: Partial<ReviewRecord> = {}, facts = 7): ReviewRecord {
  return {
    v: 1,
    id: `r-${n}`,
    at: JAN_2026 + n * 1000,
    factId: `fact-${n % facts}`,
    questionId: `q-${n % facts}-cloze`,
    format: 'cloze',
    rating: ((n % 4) + 1) as ReviewRecord['rating'],
    correct: n % 3 !== 0,
    answer: `answer “${n}”`,
    tookMs: 1200 + n,
    mode: n % 5 === 0 ? 'quiz' : 'study',
    ...overrides,
  };
}

export const silent = (): void => {};
