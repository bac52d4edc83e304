/**
 * True retention, as Anki's table shows it: of the answers given to facts already in review
 * (not a fact's first answer, not learning or relearning steps), the share passed — rated Hard,
 * Good or Easy; Again is a fail. Young: the fact's scheduled interval before the answer was under
 * 21 days; mature: 21 days or more. Set beside the desired retention, it shows whether the
 * scheduler's promise holds. Quiz answers count like study answers (they feed the same memory).
 */
import type { LogDigest } from './log-digest';
import type { RetentionCell, RetentionPeriod, RetentionRow, RetentionTable } from './model';

export const RETENTION_RULE =
  'Of your reviews of facts already in review (not new facts, not learning steps), the share you passed: ' +
  'Hard, Good or Easy pass, Again fails. Young facts had an interval under 21 days, mature ones 21 days or more.';

/** Each period ends today and covers this many study days. */
const PERIODS: readonly { readonly period: RetentionPeriod; readonly label: string; readonly first: number; readonly last: number }[] = [
  { period: 'today', label: 'Today', first: 0, last: 0 },
  { period: 'yesterday', label: 'Yesterday', first: 1, last: 1 },
  { period: 'week', label: 'Last 7 days', first: 6, last: 0 },
  { period: 'month', label: 'Last 30 days', first: 29, last: 0 },
  { period: 'year', label: 'Last 365 days', first: 364, last: 0 },
];

export function retentionTable(digest: LogDigest, today: number, desired: number): RetentionTable {
  const rows: RetentionRow[] = PERIODS.map(({ period, label, first, last }) => {
    let youngPassed = 0;
    let young = 0;
    let maturePassed = 0;
    let mature = 0;
    for (let day = today - first; day <= today - last; day++) {
      const totals = digest.totalsOf(day);
      if (totals === undefined) continue;
      young += totals.young;
      youngPassed += totals.youngPassed;
      mature += totals.mature;
      maturePassed += totals.maturePassed;
    }
    return {
      period,
      label,
      young: cell(youngPassed, young),
      mature: cell(maturePassed, mature),
      all: cell(youngPassed + maturePassed, young + mature),
    };
  });
  return { desired, rows, rule: RETENTION_RULE };
}

function cell(passed: number, total: number): RetentionCell {
  return { passed, total, rate: total === 0 ? null : passed / total };
}
