/**
 * The study day starts at 4 a.m. local time, as in Anki: a learner who studies past midnight is
 * still on "today", and the daily limits reset while they sleep. Lives in the services because it
 * needs the machine's time zone; the domain only ever gets numbers.
 */
export const DAY_STARTS_AT_HOUR = 4;

/** Epoch milliseconds of the start of the study day that `now` falls in. */
export function startOfStudyDay(now: number): number {
  const start = new Date(now);
  start.setHours(DAY_STARTS_AT_HOUR, 0, 0, 0);
  if (start.getTime() > now) start.setDate(start.getDate() - 1);
  return start.getTime();
}
