/**
 * Which backups to keep: the newest few, then the newest backup of each of the last 12 days,
 * 10 ISO weeks and 9 months that have one (days and weeks in UTC). The set stays bounded (at most
 * 35) however long Factdeck runs, and still reaches back about nine months.
 */
export interface BackupStamp {
  readonly id: string;
  /** Epoch milliseconds. */
  readonly takenAt: number;
}

export interface ThinningPolicy {
  readonly newest: number;
  readonly daily: number;
  readonly weekly: number;
  readonly monthly: number;
}

export const DEFAULT_THINNING: ThinningPolicy = { newest: 4, daily: 12, weekly: 10, monthly: 9 };

export function thinBackups<T extends BackupStamp>(
  list: readonly T[],
  now: number,
  policy: ThinningPolicy = DEFAULT_THINNING,
): { keep: T[]; remove: T[] } {
  const newestFirst = [...list].sort((a, b) => b.takenAt - a.takenAt || (a.id < b.id ? 1 : -1));
  const kept = new Set<T>();
  const judged: T[] = [];
  for (const backup of newestFirst) {
    // Taken "in the future" means the clock was turned back: those are kept, not judged.
    if (backup.takenAt > now) kept.add(backup);
    else judged.push(backup);
  }
  judged.slice(0, policy.newest).forEach((backup) => kept.add(backup));
  keepNewestPerBucket(judged, policy.daily, dayOf, kept);
  keepNewestPerBucket(judged, policy.weekly, isoWeekOf, kept);
  keepNewestPerBucket(judged, policy.monthly, monthOf, kept);
  return { keep: newestFirst.filter((backup) => kept.has(backup)), remove: newestFirst.filter((backup) => !kept.has(backup)) };
}

function keepNewestPerBucket<T extends BackupStamp>(newestFirst: readonly T[], buckets: number, bucketOf: (at: number) => string, kept: Set<T>): void {
  let last: string | null = null;
  let count = 0;
  for (const backup of newestFirst) {
    if (count >= buckets) return;
    const bucket = bucketOf(backup.takenAt);
    if (bucket === last) continue;
    last = bucket;
    kept.add(backup);
    count++;
  }
}

function dayOf(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

function monthOf(at: number): string {
  return new Date(at).toISOString().slice(0, 7);
}

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeekOf(at: number): string {
  const date = new Date(at);
  const day = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day + 3);
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
