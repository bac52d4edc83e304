/**
 * The noun phrase an event acted on, as a flashcard answer: determiner, modifiers and head, with
 * "of"-tails ("the prosecution of the lawbreakers") and a coordination ("hard drives and a zip
 * drive"). Refused when it would be cut mid-phrase, is one item of a longer series, is a pronoun,
 * a time or a bare number (other rules own those), a generic word, or longer than a card allows.
 */
import { nounPhraseEnd } from './clause-np';
import { isGerund, isPastForm, low, POSSESSIVE_PRONOUNS, wordCount } from './clause-tokens';
import type { Tokens } from './clause-tokens';
import { isFinite, verbGroupAt } from './clause-verb';
import type { TokenRange } from './event-when';

export interface AnswerPhrase extends TokenRange {
  /** Usable as an answer; when false, `end` still tells where the phrase stops. */
  readonly ok: boolean;
}

const OF = new Set(['of']);
const MAX_WORDS = 8;
const GENERIC = new Set([
  'thing', 'things', 'people', 'person', 'one', 'ones', 'way', 'ways', 'lot', 'lots', 'part', 'stuff', 'time', 'times', 'fact',
  'case', 'cases', 'others', 'other', 'kind', 'sort', 'type', 'bit', 'something', 'anything', 'everything', 'nothing', 'place', 'matter',
]);
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those', 'such', 'same', 'which', 'what', 'whose']);
const NUMERIC_ENTITIES = new Set(['DATE', 'TIME', 'DURATION', 'CARDINAL', 'PERCENT', 'MONEY', 'QUANTITY', 'ORDINAL']);
/** "a lot of", "a large number of": a quantity, not a thing. */
const QUANTIFIERS = new Set(['lot', 'lots', 'number', 'numbers', 'couple', 'plenty', 'majority', 'handful', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'amount', 'percent']);
const isNumeric = (token: Tokens[number] | undefined): boolean =>
  token !== undefined && (token.pos === 'NUM' || (token.entity !== null && NUMERIC_ENTITIES.has(token.entity)));

/** The phrase's words name something: not "it", "things", "the same", "2006" or "a few". */
function contentful(tokens: Tokens, start: number, end: number): boolean {
  const first = tokens[start];
  if (!first || first.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(low(first)) || DEMONSTRATIVES.has(low(first))) return false;
  const words = tokens.slice(start, end);
  const ofAt = words.findIndex((t) => low(t) === 'of');
  const core = ofAt < 0 ? words : words.slice(0, ofAt);
  // Counted things belong to the number rules: "eight cartels", "70 percent of the market".
  const opener = core.findIndex((t) => t.pos !== 'DET');
  // "a billion-year-contract": a number fused into a compound is part of a name for a thing.
  const fused = tokens[start + opener + 1]?.text === '-';
  if ((isNumeric(core[opener]) && !fused) || isNumeric(words[words.length - 1]) || core.some((t) => QUANTIFIERS.has(low(t)))) return false;
  // "pictures of each arena three times": a number after a noun is another phrase.
  if (words.some((t, k) => t.pos === 'NUM' && words[k - 1]?.pos === 'NOUN')) return false;
  const nouns = words.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  const named = nouns.some((t) => t.pos === 'PROPN');
  const modified = words.some((t) => t.pos === 'ADJ' || t.pos === 'NUM');
  // "the court", "the ants": a definite bare noun points back to something said before.
  const anaphoric = words.length === 2 && ['the', 'this', 'that'].includes(low(first)) && words[1]?.pos === 'NOUN';
  return nouns.length > 0 && !anaphoric && (named || modified || !nouns.every((t) => GENERIC.has(low(t))));
}

/** Exclusive end of one conjunct (its "of"-tails included), or `i` when no phrase starts there. */
function conjunctEnd(tokens: Tokens, i: number): number {
  const end = nounPhraseEnd(tokens, i, { prepositions: OF });
  // "officials how such documents", "cartels as terrorist organizations": an adverb after the head ends the phrase.
  for (let k = i + 1; k < end; k += 1) {
    if (tokens[k]?.pos === 'ADV' && ['NOUN', 'PROPN'].includes(tokens[k - 1]?.pos ?? '')) return k;
  }
  return end;
}

/** "Basel, Heidelberg, and Strasbourg": after the phrase, a comma goes on to another item. */
function goesOnAsSeries(tokens: Tokens, end: number): boolean {
  if (tokens[end]?.text !== ',' || !['NOUN', 'PROPN', 'DET', 'ADJ'].includes(tokens[end + 1]?.pos ?? '')) return false;
  const next = conjunctEnd(tokens, end + 1);
  if (next === end + 1) return false;
  if (['and', 'or'].includes(low(tokens[next]))) return true;
  if (tokens[next]?.text !== ',') return false;
  const third = conjunctEnd(tokens, next + 1);
  return ['and', 'or'].includes(low(tokens[next + 1])) || (third > next + 1 && [',', 'and', 'or'].includes(low(tokens[third])));
}

/** The phrase stops in the middle: a name or noun goes on, a reduced relative with its own subject follows ("the pupil he taught"). */
function cutShort(tokens: Tokens, end: number): boolean {
  const next = tokens[end];
  if (!next) return false;
  if (['NOUN', 'PROPN', 'NUM'].includes(next.pos) || ["'s", '’s', '-', '(', 'of'].includes(low(next))) return true;
  // "the condition that …", "the pupil who …": a restrictive clause completes the phrase.
  if (['that', 'which', 'who', 'whom', 'whose'].includes(low(next))) return true;
  return next.pos === 'PRON' && isFinite(verbGroupAt(tokens, end + 1));
}

/**
 * A finite verb at `i` makes the phrase before it a subject ("suggested [the move] could …"); a
 * bare participle with a preposition after it only modifies it ("chose food laced with …").
 */
export function clauseFollows(tokens: Tokens, i: number): boolean {
  const group = verbGroupAt(tokens, i);
  if (!isFinite(group)) return false;
  const bare = group.verbStart === group.head && isPastForm(tokens[group.head]);
  return !(bare && tokens[group.end]?.pos === 'ADP');
}

/** "in search of", "on behalf of", "by means of": a preposition of three words, not a phrase to ask. */
export function complexPreposition(tokens: Tokens, p: number): boolean {
  return ['in', 'on', 'by', 'at', 'for'].includes(low(tokens[p])) && tokens[p + 1]?.pos === 'NOUN' && low(tokens[p + 2]) === 'of';
}

/** "laced", "coated/ADJ": a past participle, whatever wink tagged it. */
export const isParticiple = (tokens: Tokens, p: number): boolean =>
  (tokens[p]?.pos === 'VERB' && isPastForm(tokens[p])) || (tokens[p]?.pos === 'ADJ' && /^[a-z]+ed$/.test(tokens[p]?.text ?? ''));

/**
 * "the Scientology propaganda publication [Freedom Magazine]", "his own book [Hydraulica]": a
 * common noun followed by the name it introduces; the name is the answer. Returns its start, or -1.
 */
function introducedName(tokens: Tokens, start: number, end: number): number {
  const capital = (k: number): boolean => /^\p{Lu}/u.test(tokens[k]?.text ?? '') && ['PROPN', 'NOUN', 'ADJ'].includes(tokens[k]?.pos ?? '');
  let k = end;
  while (k > start && (capital(k - 1) || (k === end && tokens[k - 1]?.pos === 'NUM'))) k -= 1;
  if (k === end || k === start || tokens[k - 1]?.pos !== 'NOUN' || capital(k - 1) || !capital(k)) return -1;
  const words = tokens.slice(start, end);
  const introduced = ['the', 'a', 'an'].includes(low(words[0])) || POSSESSIVE_PRONOUNS.has(low(words[0])) || words.some((t) => t.pos === 'PART');
  return introduced && !words.some((t) => low(t) === 'of' || low(t) === 'and' || t.pos === 'PUNCT') ? k : -1;
}

/** The answer phrase starting at `i`, ending by `limit`; null when no noun phrase starts there. */
export function answerPhrase(tokens: Tokens, i: number, limit: number): AnswerPhrase | null {
  const first = tokens[i];
  if (!first || isGerund(first) || (first.pos === 'VERB' && isPastForm(first))) return null;
  // "very different lives": a degree adverb opens the phrase.
  if (first.pos === 'ADV' && tokens[i + 1]?.pos === 'ADJ') {
    const rest = answerPhrase(tokens, i + 1, limit);
    return rest && { ...rest, start: rest.start === i + 1 ? i : rest.start };
  }
  let end = conjunctEnd(tokens, i);
  if (end === i) return null;
  // A coordination of two phrases, unless what follows "and" is a clause of its own.
  const joined = ['and', 'or'].includes(low(tokens[end])) ? conjunctEnd(tokens, end + 1) : end;
  const clauseAfter = joined > end + 1 && isFinite(verbGroupAt(tokens, joined));
  if (joined > end + 1 && !clauseAfter && !goesOnAsSeries(tokens, joined) && contentful(tokens, end + 1, joined)) end = joined;
  if (end > limit) return { start: i, end: limit, ok: false };
  const name = introducedName(tokens, i, end);
  // A name needs no restrictive clause to be whole ("his book Hydraulica which he backdated").
  const whole = name >= 0 ? !['NOUN', 'PROPN', 'NUM'].includes(tokens[end]?.pos ?? '') && !["'s", '’s', '-'].includes(low(tokens[end])) : !cutShort(tokens, end);
  const start = name >= 0 ? name : i;
  const ok = whole && !goesOnAsSeries(tokens, end) && wordCount(tokens, start, end) <= MAX_WORDS && contentful(tokens, start, end);
  return { start, end, ok };
}
