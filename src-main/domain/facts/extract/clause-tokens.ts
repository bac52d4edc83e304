/**
 * Token-level predicates shared by the list, event, cause and term rules. wink's lite model
 * gives a universal POS tag and a lemma but no morphology, so tense and quotation structure are
 * recovered here from the word forms and the offsets.
 */
import type { Token } from '../../nlp/tokens';

export type Tokens = readonly Token[];

export const low = (token: Token | undefined): string => token?.text.toLowerCase() ?? '';

const OPEN_ONLY = new Set(['“', '‘', '«']);
const CLOSE_ONLY = new Set(['”', '’', '»']);
const EITHER = new Set(['"', "'", '`']);

export const isQuoteMark = (token: Token | undefined): boolean =>
  token !== undefined && (OPEN_ONLY.has(token.text) || CLOSE_ONLY.has(token.text) || EITHER.has(token.text));

/** Words that count: not punctuation or symbols. */
export const isWordToken = (token: Token): boolean => token.kind === 'word' || token.kind === 'number';

export const wordCount = (tokens: Tokens, start: number, end: number): number =>
  tokens.slice(start, end).filter(isWordToken).length;

/** Joined without a space on either side, as the hyphen in "25-percent" or "US-made". */
export function isJoiner(tokens: Tokens, i: number): boolean {
  const token = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!token || !before || !after || !['-', '‐', '–', '&', '/'].includes(token.text)) return false;
  if (token.text === '&') return true;
  return before.end === token.start && token.end === after.start;
}

/**
 * Quoted token ranges, [open, close] as token indexes of the marks. Straight quotes open after a
 * space and close before one; an unmatched closing mark is an apostrophe ("Thomas' sister").
 */
export function quotePairs(tokens: Tokens): Array<readonly [number, number]> {
  const pairs: Array<readonly [number, number]> = [];
  const stack: number[] = [];
  tokens.forEach((token, i) => {
    if (!isQuoteMark(token)) return;
    const spaceBefore = i === 0 || (tokens[i - 1]?.end ?? 0) < token.start || tokens[i - 1]?.text === '(';
    const spaceAfter = i === tokens.length - 1 || (tokens[i + 1]?.start ?? 0) > token.end;
    const top = stack[stack.length - 1];
    const opensHere = OPEN_ONLY.has(token.text) || (EITHER.has(token.text) && spaceBefore && !spaceAfter);
    const matches = top !== undefined && closes(tokens[top]?.text ?? '', token.text);
    if (matches && !opensHere) {
      pairs.push([stack.pop() ?? top, i]);
    } else if (opensHere) {
      stack.push(i);
    } else if (pairs.length === 0 && stack.length === 0 && (token.text === '”' || token.text === '"')) {
      // A closing mark with no opener: the sentence ends a quotation begun in an earlier one.
      pairs.push([0, i]);
    }
  });
  // An opener never closed: the quotation runs on into the next sentence.
  const open = stack.find((i) => tokens[i]?.text === '“' || tokens[i]?.text === '"');
  if (open !== undefined) pairs.push([open, tokens.length - 1]);
  return pairs.sort((a, b) => a[0] - b[0]);
}

function closes(open: string, close: string): boolean {
  if (open === '“') return close === '”' || close === '"';
  if (open === '‘') return close === '’' || close === "'";
  if (open === '«') return close === '»';
  return close === open || (open === '"' && close === '”') || (open === "'" && close === '’');
}

/** `true` for every token inside brackets or quotation marks (the marks included). */
export function nestedMask(tokens: Tokens): boolean[] {
  const mask = new Array<boolean>(tokens.length).fill(false);
  for (const [open, close] of quotePairs(tokens)) for (let i = open; i <= close; i += 1) mask[i] = true;
  let depth = 0;
  tokens.forEach((token, i) => {
    if (token.text === '(' || token.text === '[') depth += 1;
    if (depth > 0) mask[i] = true;
    if ((token.text === ')' || token.text === ']') && depth > 0) depth -= 1;
  });
  return mask;
}

const SAME_FORM_PAST = new Set(['read', 'put', 'set', 'cut', 'hit', 'let', 'quit', 'shut', 'spread', 'cost', 'hurt', 'split', 'bet', 'beat', 'cast', 'broadcast', 'bid', 'burst', 'upset']);

const BASE_IN_ED = new Set(['need', 'feed', 'seed', 'speed', 'bleed', 'breed', 'shed', 'wed', 'embed', 'shred', 'bed', 'red']);

/** A past tense or past participle form ("designated", "born", "lost"); never an -ing form. */
export function isPastForm(token: Token | undefined): boolean {
  if (!token || (token.pos !== 'VERB' && token.pos !== 'AUX')) return false;
  const word = token.text.toLowerCase();
  const lemma = token.lemma.toLowerCase();
  if (word.endsWith('ing')) return false;
  // wink leaves some past forms unlemmatised ("co-founded"); a real base form in -ed is rare.
  if (word === lemma) return SAME_FORM_PAST.has(word) || (/[^e]ed$/.test(word) && !BASE_IN_ED.has(word));
  if (word === `${lemma}s` || word === `${lemma}es`) return false;
  if (lemma.endsWith('y') && word === `${lemma.slice(0, -1)}ies`) return false;
  return /^[a-z-]+$/.test(word);
}

export const isGerund = (token: Token | undefined): boolean =>
  token !== undefined && token.pos === 'VERB' && token.text.toLowerCase().endsWith('ing');

/** Pronouns a fact cannot stand on: the reader of a flashcard would not know who is meant. */
export const UNRESOLVED_PRONOUNS = new Set([
  'i', 'me', 'we', 'us', 'you', 'he', 'him', 'she', 'her', 'it', 'they', 'them', 'this', 'that', 'these',
  'those', 'there', 'someone', 'something', 'one', 'everyone', 'anyone', 'nobody', 'who', 'which', 'what',
]);

export const ARTICLES = new Set(['a', 'an', 'the']);
export const INDEFINITE = new Set(['a', 'an', 'some', 'any', 'no', 'each', 'every', 'another', 'many', 'several', 'most', 'all', 'both']);
export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** "Edgar Degas/VERB": a capitalised word inside a sentence is a name, whatever wink tagged it. */
export function isCapitalisedMidSentence(tokens: Tokens, i: number): boolean {
  return i > 0 && /^\p{Lu}/u.test(tokens[i]?.text ?? '') && !['.', '“', '"', '(', ':', '‘', "'"].includes(tokens[i - 1]?.text ?? '');
}

/** The tag to trust: a capitalised mid-sentence verb or adjective is read as a proper noun. */
export function tagOf(tokens: Tokens, i: number): string {
  const pos = tokens[i]?.pos ?? 'X';
  return (pos === 'VERB' || pos === 'ADJ') && isCapitalisedMidSentence(tokens, i) && tokens[i - 1]?.pos === 'PROPN' ? 'PROPN' : pos;
}
