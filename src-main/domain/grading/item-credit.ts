/** Lists and matching: k of n items right → correct, partly or wrong, with k/n credit. */
import type { Grade, ItemResult } from './model';

export function creditFor(right: number, total: number, noun: string, items: readonly ItemResult[], expected: string): Grade {
  const credit = total === 0 ? 0 : right / total;
  const count = `${right} of ${total} ${noun}`;
  if (total > 0 && right === total) return { verdict: 'correct', credit: 1, reason: count, items };
  if (right === 0) return { verdict: 'wrong', credit: 0, reason: `wrong: ${count}; expected ${expected}`, items };
  return { verdict: 'partly', credit, reason: count, items };
}
