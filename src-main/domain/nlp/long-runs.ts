/**
 * wink slows down quadratically on one very long token (500,000 capitals without a space take
 * minutes). No English word is that long, so runs over 64 characters (URLs, junk, unspaced
 * scripts) are shown to wink as short "xxx" words of the same total length: the run stays inside
 * one sentence, every offset stays valid, and a closing tail (`.`, `.”`) still ends the sentence.
 */
const LONG_RUN = /\S{65,}/g;
const CLOSING_TAIL = /[.!?…"'”’»)\]]+$/u;
const MASK_WORD = 'xxxxxxxxxxxxxxx ';

export function hideLongRuns(text: string): string {
  return text.replace(LONG_RUN, (run) => {
    const tail = CLOSING_TAIL.exec(run.slice(-4))?.[0] ?? '';
    const length = run.length - tail.length;
    return MASK_WORD.repeat(Math.ceil(length / MASK_WORD.length)).slice(0, length).replace(/ $/, 'x') + tail;
  });
}
