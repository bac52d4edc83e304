import type { Block } from './blocks';
import { countWordsIn } from './words';

const MAX_TITLE_WORDS = 20;
const MAX_TITLE_CHARS = 160;
const FALLBACK_TITLE_CHARS = 80;
// A title never ends like a clause of running text; a question or exclamation can be a headline.
const ENDS_LIKE_PROSE = /[.,;:…]["'”’»)\]]*$/u;

/** The first block is a title line when it is one short line that does not read as prose. */
export function isTitleLine(block: Block): boolean {
  return (
    block.lineCount === 1 &&
    block.text.length <= MAX_TITLE_CHARS &&
    countWordsIn(block.text) <= MAX_TITLE_WORDS &&
    !ENDS_LIKE_PROSE.test(block.text)
  );
}

/** A title for text that has none: its first sentence, cut at a word boundary if long. */
export function titleFromSentence(sentence: string): string {
  // Only the head matters; slicing first keeps a 100k-word run-on sentence cheap.
  const oneLine = sentence.slice(0, FALLBACK_TITLE_CHARS * 4).replace(/\s+/g, ' ').trim();
  if (oneLine.length <= FALLBACK_TITLE_CHARS) return oneLine.replace(/\.$/, '');
  const cut = oneLine.slice(0, FALLBACK_TITLE_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  // Keep whole words unless the sentence is one unbroken run of characters.
  const words = lastSpace > FALLBACK_TITLE_CHARS / 2 ? cut.slice(0, lastSpace) : cut;
  return `${words.replace(/[\s,;:.–—-]+$/u, '')}…`;
}
