/**
 * `text.replace(/[^\p{L}\p{N}]+/gu, ' ')`: every run of characters that are neither letters nor
 * digits becomes one space. The Unicode-property regex is slow and runs on every answer,
 * passage and sentence compared, so plain text takes a faster road to the same string: the
 * common non-ASCII marks below are neither letters nor digits, so turning each into a space
 * changes no run, and what is then pure ASCII needs only the ASCII classes.
 */
const COMMON_MARKS = /[‘’‛“”„‟´–—―…\u00a0\u2009\u202f«»]/g;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

export function spaceNonWordRuns(text: string): string {
  const plain = text.replace(COMMON_MARKS, ' ');
  return ASCII_ONLY.test(plain) ? plain.replace(/[^a-zA-Z0-9]+/g, ' ') : text.replace(/[^\p{L}\p{N}]+/gu, ' ');
}
