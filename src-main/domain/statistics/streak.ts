/**
 * The study streak.
 *
 * THE RULE: a study day counts when you answered at least one question that day and, when you
 * stopped (at your last answer of the day), no review was waiting. So a day counts when you
 * finished the reviews that were due, or when nothing was due and you studied anyway; a day you
 * skipped, or left with due reviews undone, breaks the streak. Reviews that fall due after you
 * stopped (the queue shows a review only once its time has come) wait for the next day: one due
 * at 6 p.m. does not spoil a day finished at 5 p.m. Today counts once you have answered and
 * nothing was waiting at your latest answer; until then the streak shown is the one up to
 * yesterday, still alive.
 *
 * How "due reviews finished" is read from the review log: the log is replayed through the
 * scheduler's reducer (log-digest.ts), so after each answer the fact has a due time. A fact in
 * review (past its learning steps), not suspended, is waiting from its due time until its next
 * answer (or suspension). A day's due reviews were finished when no fact was waiting at the time
 * of the day's last log event (an answer, an undo or a suspension). Learning steps and new facts
 * never break a day; facts no longer in any article do not count; the daily review limit is not
 * taken into account (reviews beyond it count as waiting).
 */
import type { StudyCalendar } from './calendar';
import type { CountsForDue, LogDigest } from './log-digest';
import type { StreakStats } from './model';

export const STREAK_RULE =
  'A day counts when you answered at least one question and, when you stopped, no review was waiting: ' +
  'you finished the reviews that were due, or nothing was due and you studied anyway. ' +
  'Reviews that fall due after you stopped wait for the next day. Study days start at 4 a.m.';

export interface CountingDays {
  /** The first day covered: the log's first answer day (today for an empty log). */
  readonly firstDay: number;
  /** Whether each day from firstDay to today counts. */
  readonly flags: readonly boolean[];
  /** Reviews due right now. */
  readonly dueNow: number;
}

export function countingDays(digest: LogDigest, calendar: StudyCalendar, now: number, countsForDue?: CountsForDue): CountingDays {
  const today = calendar.dayOf(now);
  const firstDay = Math.min(digest.firstDay() ?? today, today);
  const waiting = digest.waitingAtLastEvent(firstDay, today, countsForDue);
  const dueNow = digest.dueReviewsAt(now, countsForDue);
  const flags: boolean[] = [];
  for (let day = firstDay; day <= today; day++) {
    const answered = (digest.totalsOf(day)?.answers ?? 0) > 0;
    flags.push(answered && waiting[day - firstDay] === 0);
  }
  return { firstDay, flags, dueNow };
}

export function streakStats({ flags, dueNow }: CountingDays): StreakStats {
  const last = flags.length - 1;
  const todayCounts = flags[last] === true;
  let current = 0;
  for (let n = todayCounts ? last : last - 1; n >= 0 && flags[n] === true; n--) current++;
  let longest = 0;
  let run = 0;
  for (const counts of flags) {
    run = counts ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return { current, longest, todayCounts, dueNow, rule: STREAK_RULE };
}
