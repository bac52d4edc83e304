/**
 * Text as the Reader shows it. A letter followed by tens of thousands of combining marks (a
 * "zalgo" flood in an imported file) makes Chromium's layout run for many seconds and then crash
 * the renderer. Unicode's stream-safe text format allows at most 30 combining marks in a row, so
 * longer runs are cut to 30 for display; the stored article text is never changed.
 */
const COMBINING_RUN = /\p{M}{31,}/gu;
const MAX_COMBINING_MARKS = 30;

export function displayText(text: string): string {
  return text.replace(COMBINING_RUN, (run) => [...run].slice(0, MAX_COMBINING_MARKS).join(''));
}
