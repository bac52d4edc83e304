/**
 * Noun phrases over POS tags: "the powerful Jalisco New Generation Cartel", "US-made firearms",
 * "Michigan State University's Broad Art Museum in the US". Deliberately conservative: a phrase
 * must end on a noun, a name or a number, so a dangling adjective or verb never becomes an answer.
 */
import { isJoiner, isPastForm, isGerund, low, POSSESSIVE_PRONOUNS, tagOf } from './clause-tokens';
import type { Tokens } from './clause-tokens';

export interface NounPhraseOptions {
  /** Prepositions whose object may extend the phrase ("of" in "Secretary of State"). */
  readonly prepositions?: ReadonlySet<string>;
}

/** Prepositions that usually attach to the noun before them, not to the verb. */
export const NOUN_PREPOSITIONS = new Set(['of', 'from', 'in', 'for', 'at', 'on', 'by', 'within', 'against', 'between']);

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'any', 'no', 'each', 'every', 'all', 'both', 'another', 'many', 'several', 'two', 'three']);
// Participles that work as prepositions ("including Claude Monet"), never as modifiers.
const PREPOSITION_LIKE = new Set(['including', 'following', 'regarding', 'concerning', 'excluding', 'according', 'considering', 'given', 'notwithstanding']);
const HEAD_TAGS = new Set(['NOUN', 'PROPN', 'NUM']);
const MODIFIER_TAGS = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ']);

/** "’s", or a bare apostrophe glued to a plural or a name in -s ("Thomas' sister"). */
function isPossessiveMark(tokens: Tokens, i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (token.pos === 'PART' && ["'s", '’s'].includes(token.text)) return true;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return ["'", '’'].includes(token.text) && before !== undefined && after !== undefined && before.end === token.start &&
    after.start > token.end && /s$/i.test(before.text) && MODIFIER_TAGS.has(after.pos);
}

/** A participle or adverb used inside a phrase: "the sanctioned groups", "a direct military …". */
function isInnerModifier(tokens: Tokens, i: number, atStart: boolean): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!token || !next) return false;
  // "a direct military …", "the recently released Google Chrome".
  if (token.pos === 'ADV') return !atStart && (next.pos === 'ADJ' || (next.pos === 'VERB' && isPastForm(next) && isInnerModifier(tokens, i + 1, false)));
  if (!MODIFIER_TAGS.has(next.pos)) return false;
  // "the sanctioned groups", "Trump’s proposed tariffs"; never after a noun ("Gloria developed severe …").
  const before = tokens[i - 1];
  const opensPhrase = atStart || isJoiner(tokens, i - 1) ||
    (before !== undefined && (['DET', 'ADJ', 'ADV', 'NUM', 'PART'].includes(before.pos) || POSSESSIVE_PRONOUNS.has(low(before))));
  if (PREPOSITION_LIKE.has(low(token))) return false;
  return token.pos === 'VERB' && (isPastForm(token) || isGerund(token)) && opensPhrase && (!atStart || next.pos !== 'NUM');
}

/** Exclusive end of the noun phrase starting at `i`, or `i` when none starts there. */
export function nounPhraseEnd(tokens: Tokens, i: number, options: NounPhraseOptions = {}): number {
  let j = i;
  const first = tokens[j];
  if (first && (DETERMINERS.has(low(first)) || POSSESSIVE_PRONOUNS.has(low(first))) && (first.pos === 'DET' || first.pos === 'PRON' || first.pos === 'NUM')) j += 1;
  let lastHead = -1;
  for (;;) {
    const token = tokens[j];
    if (!token) break;
    const tag = tagOf(tokens, j);
    if (MODIFIER_TAGS.has(tag) || (tag === 'X' && token.kind === 'word')) {
      if (HEAD_TAGS.has(tag) || tag === 'X') lastHead = j;
      j += 1;
    } else if (isJoiner(tokens, j) && j > i) {
      j += 1;
    } else if (isPossessiveMark(tokens, j) && (lastHead === j - 1 || (tagOf(tokens, j - 1) === 'ADJ' && HEAD_TAGS.has(tagOf(tokens, j + 1))))) {
      // "the military's counterterrorism unit": before "'s" an "adjective" is a noun wink mistook.
      lastHead = j - 1;
      j += 1;
    } else if (isInnerModifier(tokens, j, j === i)) {
      j += 1;
    } else {
      break;
    }
  }
  if (lastHead < 0) return i;
  let end = lastHead + 1;
  // A preposition and its object extend the phrase; the object must itself be a phrase.
  const preposition = tokens[end];
  if (preposition && preposition.pos === 'ADP' && options.prepositions?.has(low(preposition))) {
    const objectEnd = nounPhraseEnd(tokens, end + 1, options);
    if (objectEnd > end + 1) end = objectEnd;
  }
  return end;
}

/** Start of a noun phrase ending just before `end` (exclusive), walking back over "of"-links. */
export function nounPhraseStart(tokens: Tokens, end: number, prepositions: ReadonlySet<string> = NOUN_PREPOSITIONS, maxLinks = Infinity): number {
  let links = 0;
  let i = end - 1;
  const last = tokens[i];
  if (!last || !HEAD_TAGS.has(tagOf(tokens, i))) return end;
  let start = end;
  while (i >= 0) {
    const token = tokens[i];
    if (!token) break;
    if (MODIFIER_TAGS.has(tagOf(tokens, i)) || isJoiner(tokens, i) || isPossessiveMark(tokens, i) || isInnerModifier(tokens, i, false)) {
      start = i;
      i -= 1;
    } else if ((token.pos === 'DET' && DETERMINERS.has(low(token))) || POSSESSIVE_PRONOUNS.has(low(token))) {
      start = i;
      i -= 1;
      if (!prepositions.has(low(tokens[i])) || links >= maxLinks) break;
    } else if (token.pos === 'ADP' && prepositions.has(low(token)) && MODIFIER_TAGS.has(tokens[i - 1]?.pos ?? '') && links < maxLinks) {
      links += 1;
      i -= 1;
    } else {
      break;
    }
  }
  // Never start on a dangling preposition or hyphen.
  while (start < end && (tokens[start]?.pos === 'ADP' || isJoiner(tokens, start))) start += 1;
  return start;
}
