import type { Block } from './blocks';
import { isDateline } from './dateline';
import { classifyEdgeBlock } from './furniture';
import type { DroppedBlock } from './model';
import { isTitleLine } from './title';

export interface FrontMatter {
  /** The title line, verbatim, if the text starts with one. */
  readonly title: string | null;
  readonly source: string | null;
  readonly dateline: string | null;
  /** The blocks after the front matter, in order. */
  readonly body: readonly Block[];
  readonly dropped: readonly DroppedBlock[];
}

// Front matter is a handful of lines; never look deeper, so a long article is never eaten.
const FRONT_WINDOW = 8;

/**
 * Reads the lines that come before the article text: furniture ("Skip to content"), the title
 * line, a `Source:` line and a dateline, in whatever order a site prints them.
 * At least one block is always left as body.
 */
export function readFrontMatter(blocks: readonly Block[]): FrontMatter {
  const dropped: DroppedBlock[] = [];
  let title: string | null = null;
  let source: string | null = null;
  let dateline: string | null = null;
  let next = 0;

  const hasBodyAfter = (at: number): boolean => at < blocks.length - 1;
  while (next < FRONT_WINDOW && hasBodyAfter(next)) {
    const block = blocks[next];
    if (block === undefined) break;
    const kind = classifyEdgeBlock(block);
    if (kind?.kind === 'source') {
      source ??= kind.value;
      dropped.push({ span: block.span, reason: 'source-line' });
    } else if (kind?.kind === 'furniture') {
      dropped.push({ span: block.span, reason: kind.reason });
    } else if (dateline === null && isDateline(block)) {
      dateline = block.text;
    } else if (title === null && dateline === null && source === null && isTitleLine(block)) {
      // The title comes first in every format we know; after a source line or a dateline a short
      // line is more likely a lead-in or a heading than the title.
      title = block.text;
    } else {
      break;
    }
    next += 1;
  }
  return { title, source, dateline, body: blocks.slice(next), dropped };
}
