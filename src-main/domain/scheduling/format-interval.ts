/** Short interval labels for the answer buttons: '<1m', '10m', '5h', '3d', '2mo', '1.5y'. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH_DAYS = 30.44;
const YEAR_DAYS = 365.25;

/**
 * Each unit is chosen after rounding, so 59.6 minutes reads '1h', not '60m', and 23.7 hours
 * reads '1d'.
 */
export function formatInterval(ms: number): string {
  if (!Number.isFinite(ms) || ms < MINUTE / 2) return '<1m';
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(ms / HOUR);
  if (hours < 24) return `${hours}h`;
  const days = Math.round(ms / DAY);
  if (days < 30) return `${days}d`;
  const months = Math.round(days / MONTH_DAYS);
  if (months < 12) return `${months}mo`;
  const years = days / YEAR_DAYS;
  return years < 10 ? `${Number(years.toFixed(1))}y` : `${Math.round(years)}y`;
}
