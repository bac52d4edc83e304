import type { Block } from './blocks';
import type { DroppedBlock } from './model';
import { countWordsIn } from './words';

type FurnitureReason = Exclude<DroppedBlock['reason'], 'source-line' | 'empty'>;

/** What a block at the edge of an article turned out to be, if it is not article text. */
export type EdgeBlockKind =
  | { readonly kind: 'source'; readonly value: string }
  | { readonly kind: 'furniture'; readonly reason: FurnitureReason };

// Page furniture is short; a longer block that happens to start like one is article text.
const MAX_FURNITURE_WORDS = 60;
const MAX_FURNITURE_CHARS = 600;
const MAX_SOURCE_WORDS = 40;
const SOURCE_LINE = /^source\s*:\s*(\S.*)$/i;

// Patterns describe what blog, news and CMS templates print around an article, never the
// wording of one article, and are only tried on short blocks at the start or end of the text
// (see front-matter.ts and peelTrailingFurniture below). Labels must match the whole block
// (`[^.!?]*$`: no sentence punctuation), so "Leave a reply, he said." or "Posted in 2019, the video…"
// stay article text; only boilerplate sentences nobody writes in an article match by prefix.
const FURNITURE: ReadonlyArray<readonly [RegExp, FurnitureReason]> = [
  [/^leave a (reply|comment)( to [^.!?]{1,60})?( cancel reply)?:?$/i, 'comment-form'],
  [/^your email address will not be published/i, 'comment-form'],
  [/^required fields are marked/i, 'comment-form'],
  [/^(post|submit|add) (a |your )?comment:?$/i, 'comment-form'],
  [/^cancel reply$/i, 'comment-form'],
  [/^(\d+|no|one) (comments?|responses?|replies)( so far)?:?$/i, 'comment-form'],
  [/^\d+ thoughts? on\b/i, 'comment-form'],
  [/^comments?( \(\d+\))?:?$/i, 'comment-form'],
  [/^you must be logged in to (post|leave) a comment/i, 'comment-form'],
  [/^save my name,? email,? and website/i, 'comment-form'],
  [/^notify me of (follow-up comments|new (posts|comments))/i, 'comment-form'],
  [/^(name|e-?mail|website)\s*\*?$/i, 'comment-form'],
  [/^share (this( article| post| story| page)?|on \w+|via \w+)\s*:?[^.!?]*$/i, 'share-links'],
  [/^click to (share|email|print)\b/i, 'share-links'],
  [/^like this:?$/i, 'share-links'],
  [/^like loading/i, 'share-links'],
  [/^(tweet|pin it|e-?mail|print|share)$/i, 'share-links'],
  [/^(related( posts| articles| stories| content)?|you (may|might) also like|recommended for you|read next):?$/i, 'navigation'],
  [/^(posted|filed|published) (in|under|on|by)\b[^.!?]*$/i, 'navigation'],
  [/^(tags?|tagged( with)?|categories|category|filed under)\s*:/i, 'navigation'],
  [/^(← *)?(previous|next|older|newer) (post|article|story|entry)\b[^.!?]*$/i, 'navigation'],
  [/^(read more|continue reading)\b[^.!?]*$/i, 'navigation'],
  [/^(subscribe|sign up)( to| for)? (our|the) newsletter/i, 'navigation'],
  [/^(this (web)?site|we) uses? cookies\b/i, 'navigation'],
  [/^(accept|allow|manage) (all )?cookies:?$/i, 'navigation'],
  [/^skip to (main )?content$/i, 'navigation'],
  [/^advertisement$/i, 'navigation'],
  [/^(copyright *)?(©|\(c\)) *\d{4}|^copyright \d{4}\b|all rights reserved\.?$/i, 'navigation'],
];

// Furniture often opens a trailing region of items no pattern knows ("Related posts" followed by
// post titles). Within the last few blocks, everything short after such an opener goes too.
// Only headings of such regions open one; a lone "Advertisement" or "Email" does not.
const TRAILER_OPENER =
  /^(related( posts| articles| stories| content)?|you (may|might) also like|recommended for you|read next|leave a (reply|comment)|(\d+ )?comments?|share this|like this):?$/i;
const TRAILER_WINDOW = 8;
const MAX_TRAILER_ITEM_WORDS = 15;

export function classifyEdgeBlock(block: Block): EdgeBlockKind | null {
  if (block.lineCount === 1 && block.text.length <= MAX_FURNITURE_CHARS && countWordsIn(block.text) <= MAX_SOURCE_WORDS) {
    const source = SOURCE_LINE.exec(block.text);
    if (source?.[1] !== undefined) return { kind: 'source', value: source[1].trim() };
  }
  if (block.text.length > MAX_FURNITURE_CHARS || countWordsIn(block.text) > MAX_FURNITURE_WORDS) return null;
  const match = FURNITURE.find(([pattern]) => pattern.test(block.text));
  return match ? { kind: 'furniture', reason: match[1] } : null;
}

/** A block with no letter or digit (`* * *`, `---`, stray symbols) carries nothing to learn. */
export function isEmptyBlock(block: Block): boolean {
  return !/[\p{L}\p{N}]/u.test(block.text);
}

export interface TrailingPeel {
  readonly body: readonly Block[];
  readonly dropped: readonly DroppedBlock[];
  readonly source: string | null;
}

/** Removes furniture and source lines from the end of the body, keeping at least one block. */
export function peelTrailingFurniture(blocks: readonly Block[]): TrailingPeel {
  const dropped: DroppedBlock[] = [];
  let source: string | null = null;
  let end = blocks.length;
  while (end > 1) {
    const last = blocks[end - 1];
    if (last === undefined) break;
    const kind = classifyEdgeBlock(last);
    if (kind !== null) {
      if (kind.kind === 'source') source ??= kind.value;
      dropped.push({ span: last.span, reason: kind.kind === 'source' ? 'source-line' : kind.reason });
      end -= 1;
      continue;
    }
    const trailer = findTrailer(blocks, end);
    if (trailer === null) break;
    for (const block of blocks.slice(trailer.start, end)) dropped.push({ span: block.span, reason: trailer.reason });
    end = trailer.start;
  }
  return { body: blocks.slice(0, end), dropped, source };
}

/** A furniture opener near the end that only short blocks follow, e.g. "Related posts" + titles. */
function findTrailer(blocks: readonly Block[], end: number): { start: number; reason: FurnitureReason } | null {
  for (let at = end - 1; at >= Math.max(1, end - TRAILER_WINDOW); at -= 1) {
    const block = blocks[at];
    if (block === undefined) return null;
    const kind = classifyEdgeBlock(block);
    if (kind?.kind === 'furniture' && TRAILER_OPENER.test(block.text)) return { start: at, reason: kind.reason };
    if (countWordsIn(block.text) > MAX_TRAILER_ITEM_WORDS) return null;
  }
  return null;
}
