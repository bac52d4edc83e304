import type { Block } from './blocks';
import { countWordsIn } from './words';

const MAX_HEADING_WORDS = 10;
const MAX_HEADING_CHARS = 100;
// Headings start with a capital or a number ("Early life", "2. Method"); a pull quote starts
// with a quotation mark and a list item or continuation with a lower-case letter.
const STARTS_LIKE_HEADING = /^[\p{Lu}\p{Lt}\p{N}]/u;
// Sentence ends, a trailing comma or colon ("Rathbun stated,") and closing quotes mark prose.
const ENDS_LIKE_PROSE = /[.!?…,;:"'“”‘’«»\-–—]$/u;

/** The shape of a heading, judged on the block alone. */
function looksLikeHeading(block: Block): boolean {
  return (
    block.lineCount === 1 &&
    block.text.length <= MAX_HEADING_CHARS &&
    STARTS_LIKE_HEADING.test(block.text) &&
    !ENDS_LIKE_PROSE.test(block.text) &&
    countWordsIn(block.text) <= MAX_HEADING_WORDS
  );
}

export interface BlockSection {
  readonly heading: Block | null;
  readonly paragraphs: readonly Block[];
}

/**
 * Groups body blocks into sections. A block is a heading when it looks like one, is not the
 * first block of the body (that is the lead, however short) and introduces a normal paragraph.
 */
export function groupSections(body: readonly Block[]): BlockSection[] {
  const sections: Array<{ heading: Block | null; paragraphs: Block[] }> = [];
  let current: { heading: Block | null; paragraphs: Block[] } = { heading: null, paragraphs: [] };
  body.forEach((block, at) => {
    const next = body[at + 1];
    const isHeading = at > 0 && looksLikeHeading(block) && next !== undefined && !looksLikeHeading(next);
    if (!isHeading) {
      current.paragraphs.push(block);
      return;
    }
    if (current.paragraphs.length > 0) sections.push(current);
    current = { heading: block, paragraphs: [] };
  });
  if (current.paragraphs.length > 0) sections.push(current);
  return sections;
}
