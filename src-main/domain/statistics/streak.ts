/**
 * The study streak.
 *
 * THE RULE: a study day counts when you answered at least one question that day and finished the
 * reviews that were due when the day began. So a day counts when you did its due reviews, or when
 * nothing was due and you studied anyway; a day you skipped, or one you left with reviews from the
 * morning undone, breaks the streak. Reviews that fall due during the day may wait until the next
 * day (the study queue shows a review only once its time has come, so one falling due at 6 p.m.
 * must not spoil a day the learner finished at 5 p.m.). Today counts as soon as you have answered
 * something and this morning's reviews are done; until then the streak shown is the one up to
 * yesterday, still alive.
 *
 * How "due reviews finished" is read from the review log: the log is replayed through the
 * scheduler's reducer (see log-digest.ts), so after each answer the fact has a due time. A fact in
 * review (not new, not in learning steps), not suspended, due during day k and next answered (or
 * suspended) at time t was left undone on every day from k+1 whose end came before t. Learning
 * steps and new facts never break a day; facts no longer in any article do not count. The daily
 * review limit is not taken into account.
 */
import type { StudyCalendar } from './calendar';
import type { LogDigest } from './log-digest';
import type { StreakStats } from './model';

export const STREAK_RULE =
  'A day counts when you answered at least one question and finished the reviews that were due when the day began ' +
  '(or nothing was due and you studied anyway). Reviews that fall due during a day can wait until the next. ' +
  'Study days start at 4 a.m.';

export interface CountingDays {
  /** The first day covered: the log's first answer day (today for an empty log). */
  readonly firstDay: number;
  /** Whether each day from firstDay to today counts. */
  readonly flags: readonly boolean[];
  /** Reviews due since before today began, still undone. */
  readonly dueNow: number;
}

export function countingDays(digest: LogDigest, calendar: StudyCalendar, now: number): CountingDays {
  const today = calendar.dayOf(now);
  const firstDay = Math.min(digest.firstDay() ?? today, today);
  const overdue = digest.overdueAtDayEnds(firstDay, today, now);
  const dueNow = digest.dueAtStartOf(today);
  const flags: boolean[] = [];
  for (let day = firstDay; day <= today; day++) {
    const answered = (digest.totalsOf(day)?.answers ?? 0) > 0;
    flags.push(answered && (day === today ? dueNow === 0 : overdue[day - firstDay] === 0));
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
