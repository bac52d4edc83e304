/**
 * Study days. A study day starts at `dayStartHour` local time (4 a.m., as in Anki and as the
 * study queue counts it), so an answer given at 1 a.m. belongs to the evening before. Days are
 * numbered: day `n` is the local calendar date `n` days after 1970-01-01, so consecutive days
 * differ by one even across a change of clocks (DST), and a day's label is its local date.
 *
 * The time zone is passed in as a function (`offsetAt`: minutes east of UTC at an instant): the
 * service gives the machine's (`-new Date(at).getTimezoneOffset()`), tests give fixed offsets.
 */
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export interface StudyCalendar {
  /** The study day an instant falls in. */
  dayOf(at: number): number;
  /** The instant a study day starts. */
  startOf(day: number): number;
  /** The day's local date, `YYYY-MM-DD`. */
  label(day: number): string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday(day: number): number;
}

export interface CalendarOptions {
  /** Local hour the study day starts (0–23). */
  readonly dayStartHour: number;
  /** Minutes east of UTC at an instant (UTC+2 → 120, UTC−5 → −300). */
  readonly offsetAt: (at: number) => number;
}

export function fixedOffset(minutes: number): (at: number) => number {
  return () => minutes;
}

export function studyCalendar({ dayStartHour, offsetAt }: CalendarOptions): StudyCalendar {
  const shift = dayStartHour * HOUR_MS;
  const dayOf = (at: number): number => Math.floor((at + offsetAt(at) * MINUTE_MS - shift) / DAY_MS);
  return {
    dayOf,
    startOf(day) {
      // The offset at the start itself: guess with the offset at the local midnight, then correct.
      const local = day * DAY_MS + shift;
      let start = local - offsetAt(local - offsetAt(local) * MINUTE_MS) * MINUTE_MS;
      if (dayOf(start) < day) start = local - offsetAt(start + HOUR_MS) * MINUTE_MS;
      return start;
    },
    label: (day) => new Date(day * DAY_MS).toISOString().slice(0, 10),
    // 1970-01-01 was a Thursday.
    weekday: (day) => (((day + 4) % 7) + 7) % 7,
  };
}
