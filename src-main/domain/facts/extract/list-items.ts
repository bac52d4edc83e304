/**
 * Coordinations of noun phrases: "A, B, C, and D", "A, B and C", "A; B; and C". Found from the
 * final "and"/"or" backwards: every item between separators must be a whole noun phrase, and the
 * segment before the first separator is where the first item and the list's head are found.
 */
import { nounPhraseEnd, NOUN_PREPOSITIONS } from './clause-np';
import { low } from './clause-tokens';
import type { Tokens } from './clause-tokens';
import type { TokenRange } from './event-when';

export interface Coordination {
  /** Items from the second on; the first is found by the caller inside `lead`. */
  readonly rest: readonly TokenRange[];
  /** The segment before the first separator: head words, trigger and the first item. */
  readonly lead: TokenRange;
  readonly separator: ',' | ';';
  /** Whether some item carries a prepositional phrase ("the Guangzhou Opera House in China"). */
  readonly withPhrases: boolean;
}

const ENDS_ITEM = new Set(['.', ',', ';', ':', ')', '—', '–', '!', '?']);
const NO_PHRASES = new Set<string>();
const NAME_LINKS = new Set(['of', 'for']);

/** Exclusive end of an item starting at `k`, optionally with prepositional phrases. */
export function itemEnd(tokens: Tokens, k: number, phrases: boolean): number {
  return nounPhraseEnd(tokens, k, { prepositions: phrases ? NOUN_PREPOSITIONS : NO_PHRASES });
}

/** Words that open a clause after the last item ("… and illegal migration while also raising …"). */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'because', 'although', 'though', 'which', 'who', 'whom', 'whose', 'where', 'when']);

const endsItem = (tokens: Tokens, i: number): boolean => {
  const token = tokens[i];
  return !token || ENDS_ITEM.has(token.text) || token.pos === 'VERB' || token.pos === 'AUX' || CLAUSE_OPENERS.has(low(token));
};

/** The coordination closed by the conjunction at `conjunction`, or null. */
export function coordinationAt(tokens: Tokens, nested: readonly boolean[], conjunction: number): Coordination | null {
  if (!['and', 'or'].includes(low(tokens[conjunction])) || nested[conjunction]) return null;
  const before = tokens[conjunction - 1]?.text;
  const separator = before === ';' ? ';' : ',';
  const last = conjunction + 1;
  // The last item takes its own phrase only if another item has one too (parallel items):
  // "… and Strasbourg in 1721" must not make "Strasbourg in 1721" an item.
  let lastEnd = itemEnd(tokens, last, false);
  const lastWithPhrase = itemEnd(tokens, last, true);
  if (lastEnd === last) return null;
  const rest: TokenRange[] = [];
  let cursor = before === ',' || before === ';' ? conjunction - 1 : conjunction;
  let withPhrases = false;
  for (;;) {
    const previous = previousSeparator(tokens, nested, cursor, separator);
    const segmentStart = previous + 1;
    const plain = itemEnd(tokens, segmentStart, false) === cursor;
    const phrased = !plain && itemEnd(tokens, segmentStart, true) === cursor;
    // "…, ensuring protection against … by land, air, or sea": a participle starts a clause, not an item.
    if (previous < 0 || (!plain && !phrased) || cursor - segmentStart > 15 || tokens[segmentStart]?.pos === 'VERB') break;
    withPhrases = withPhrases || phrased;
    rest.unshift({ start: segmentStart, end: cursor });
    cursor = previous;
  }
  const lead = { start: leadStart(tokens, nested, cursor), end: cursor };
  if (withPhrases && lastWithPhrase > lastEnd) lastEnd = lastWithPhrase;
  // "… and the University of Massachusetts": "of"/"for" inside a name, never "in 1721".
  if (!endsItem(tokens, lastEnd)) lastEnd = nounPhraseEnd(tokens, last, { prepositions: NAME_LINKS });
  if (!endsItem(tokens, lastEnd)) return null;
  rest.push({ start: last, end: lastEnd });
  return { rest, lead, separator, withPhrases };
}

function previousSeparator(tokens: Tokens, nested: readonly boolean[], from: number, separator: string): number {
  for (let i = from - 1; i >= 0; i -= 1) {
    if (nested[i]) continue;
    if (tokens[i]?.text === separator) return i;
    if ([';', ':', '—', '–'].includes(tokens[i]?.text ?? '') && tokens[i]?.text !== separator) return -1;
  }
  return -1;
}

/** Start of the lead segment: after the previous clause punctuation, or the sentence start. */
function leadStart(tokens: Tokens, nested: readonly boolean[], end: number): number {
  for (let i = end - 1; i >= 0; i -= 1) if (!nested[i] && [';', ':', '—', '–', ','].includes(tokens[i]?.text ?? '')) return i + 1;
  return 0;
}
