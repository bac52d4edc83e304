/**
 * Clauses over POS tokens: where a sentence's subject starts (after fronted phrases such as
 * "On Wednesday,"), its subject noun phrase (appositives skipped), its verb group, and where the
 * predicate ends. Only the shapes that can be recognised reliably are returned; anything else is
 * `null`, so the rules built on top stay silent rather than guess.
 */
import type { Span } from '../../article/model';
import type { SentenceAnalysis } from '../context';
import { nounPhraseEnd, NOUN_PREPOSITIONS } from './clause-np';
import { isGerund, isQuoteMark, low, POSSESSIVE_PRONOUNS, wordCount } from './clause-tokens';
import type { Tokens } from './clause-tokens';
import { isFinite, verbGroupAt } from './clause-verb';
import type { VerbGroup } from './clause-verb';

export interface Clause {
  /** Token range [start, end) of the subject; appositives and relative clauses left out. */
  readonly subject: { readonly start: number; readonly end: number };
  readonly verb: VerbGroup;
  /** Exclusive token end of the predicate, at the first hard clause boundary. */
  readonly end: number;
}

const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where']);
const CONTRAST = new Set(['but', 'yet', 'while', 'whereas', 'although', 'though']);
export const SUBORDINATORS = new Set(['because', 'since', 'as', 'so', 'after', 'before', 'when', 'until', 'if', 'unless', 'once', 'whereas', 'while', 'although', 'though']);

/** Exact text of tokens [start, end) of an analysed sentence. */
export function textOf(analysis: SentenceAnalysis, start: number, end: number): string {
  const span = spanOf(analysis, start, end);
  return analysis.sentence.text.slice(span.start - analysis.sentence.span.start, span.end - analysis.sentence.span.start);
}

export function spanOf(analysis: SentenceAnalysis, start: number, end: number): Span {
  const first = analysis.tokens[start];
  const last = analysis.tokens[end - 1];
  let stop = last?.end ?? analysis.sentence.span.start;
  // wink keeps a sentence's full stop on a final abbreviation-like word ("a newer IE."): drop it.
  if (last && end >= analysis.tokens.length - 1 && /^[^.]+\.$/.test(last.text) && last.text.length > 1) stop -= 1;
  return { start: first?.start ?? analysis.sentence.span.start, end: stop };
}

/** A subject and a finite verb start at `k`: a new clause ("and the parents were advised"). */
export function startsClause(tokens: Tokens, k: number): boolean {
  const token = tokens[k];
  if (!token) return false;
  if (token.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(low(token))) return isFinite(verbGroupAt(tokens, k + 1));
  const end = nounPhraseEnd(tokens, k, { prepositions: NOUN_PREPOSITIONS });
  return end > k && isFinite(verbGroupAt(tokens, end));
}

const startsClauseOrPredicate = (tokens: Tokens, k: number): boolean => startsClause(tokens, k) || isFinite(verbGroupAt(tokens, k));

/**
 * A short quotation used as a name inside the clause ("her predecessor’s “hugs not bullets”
 * approach", "labelling them as “terrorist entities”"), not reported words starting.
 */
function isInlineName(tokens: Tokens, nested: readonly boolean[], open: number): boolean {
  let close = open + 1;
  while (close < tokens.length && !(nested[close] && isQuoteMark(tokens[close]))) close += 1;
  if (close >= tokens.length || wordCount(tokens, open + 1, close) > 6) return false;
  const before = tokens[open - 1];
  const after = tokens[close + 1];
  return (before !== undefined && ['DET', 'PART', 'ADJ', 'ADP'].includes(before.pos)) || POSSESSIVE_PRONOUNS.has(low(before)) ||
    (after !== undefined && after.pos === 'NOUN');
}

/**
 * After a bare "and", only a clearly new subject ("and the parents were", "and she") or a finite
 * verb starts a new clause; "… at low price and middlemen were …" may be one coordinated subject.
 */
function startsNewClause(tokens: Tokens, k: number): boolean {
  const first = tokens[k];
  const group = verbGroupAt(tokens, k);
  // "to stop using IE6 and update to a newer IE": a bare base form goes on an infinitive.
  const head = group ? tokens[group.head] : undefined;
  if (group && group.verbStart === group.head && head && head.text.toLowerCase() === head.lemma.toLowerCase()) return false;
  if (isFinite(group)) return true;
  const clear = first !== undefined && (['DET', 'PROPN', 'PRON', 'NUM'].includes(first.pos) || POSSESSIVE_PRONOUNS.has(low(first)));
  return clear && startsClause(tokens, k);
}

/** "potatoes, onion and tomatoes were …": an "and" after ", <noun phrase>" ends a series, not a clause. */
function endsSeries(tokens: Tokens, conjunction: number): boolean {
  let k = conjunction - 1;
  while (k > 0 && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[k]?.pos ?? '') && conjunction - k < 5) k -= 1;
  return k < conjunction - 1 && tokens[k]?.text === ',';
}

/** "the 2004 Moon, Mars and Beyond commission": a comma that goes on to another item. */
function continuesSeries(tokens: Tokens, comma: number): boolean {
  const end = nounPhraseEnd(tokens, comma + 1);
  return end > comma + 1 && [',', 'and', 'or'].includes(low(tokens[end]));
}

/** First hard clause boundary at or after `from`: ";", a dash, ", which", ", declaring", ", and she …". */
export function clauseEnd(tokens: Tokens, nested: readonly boolean[], from: number, limit = tokens.length): number {
  for (let i = from; i < limit; i += 1) {
    const token = tokens[i];
    if (!token) break;
    if (nested[i]) {
      if (isQuoteMark(token) && !nested[i - 1] && !isInlineName(tokens, nested, i)) return i;
      continue;
    }
    if ([';', ':', '—', '―'].includes(token.text) || (token.text === '–' && tokens[i - 1]?.end !== token.start)) return i;
    if (['.', '!', '?'].includes(token.text) && i >= tokens.length - 2) return i;
    const next = tokens[i + 1];
    const word = low(next);
    if (token.text === ',') {
      if (!next || isGerund(next) || RELATIVES.has(word) || CONTRAST.has(word) || word === 'a' || word === 'an' || isQuoteMark(next)) return i;
      if ((word === 'and' || word === 'or') && startsClauseOrPredicate(tokens, i + 2)) return i;
      if (SUBORDINATORS.has(word) && startsClause(tokens, i + 2)) return i;
      if (startsClause(tokens, i + 1)) return i;
    }
    if (token.pos === 'CCONJ' && ['and', 'but'].includes(low(token)) && startsNewClause(tokens, i + 1) && !endsSeries(tokens, i)) return i;
    if (i > from && (SUBORDINATORS.has(low(token)) || CONTRAST.has(low(token))) && startsClause(tokens, i + 1)) return i;
  }
  return limit;
}

/**
 * Shortens a predicate longer than `maxWords` at a subordinate clause or a comma, so an action
 * reads as one fact. Returns the new exclusive end, or -1 when no sensible cut exists.
 */
export function trimPredicate(tokens: Tokens, nested: readonly boolean[], from: number, end: number, maxWords = 20): number {
  if (wordCount(tokens, from, end) <= maxWords) return end;
  const cutAt = (test: (i: number) => boolean): number => {
    for (let i = from + 2; i < end; i += 1) if (!nested[i] && wordCount(tokens, from, i) >= 3 && test(i)) return i;
    return -1;
  };
  const subordinate = cutAt((i) => SUBORDINATORS.has(low(tokens[i])) && (startsClause(tokens, i + 1) || isGerund(tokens[i + 1])));
  const relative = cutAt((i) => RELATIVES.has(low(tokens[i])) || (low(tokens[i]) === 'that' && tokens[i]?.pos === 'PRON'));
  const comma = cutAt((i) => tokens[i]?.text === ',' && !continuesSeries(tokens, i));
  const cut = (subordinate > 0 ? [subordinate] : [relative, comma]).filter((i) => i > 0).sort((a, b) => a - b)[0];
  if (cut === undefined || wordCount(tokens, from, cut) > maxWords + 10 || !embeddedComplete(tokens, from, cut)) return -1;
  return cut;
}

const COMPLEMENTIZERS = new Set(['that', 'how', 'why', 'what', 'whether', 'if', 'who', 'where', 'when']);

/** "has asked officials how such documents" is cut too early: an embedded clause needs its verb. */
export function embeddedComplete(tokens: Tokens, from: number, end: number): boolean {
  let last = -1;
  for (let i = from + 1; i < end; i += 1) if (COMPLEMENTIZERS.has(low(tokens[i])) && tokens[i]?.pos !== 'DET') last = i;
  if (last < 0) return true;
  for (let i = last + 1; i < end; i += 1) if (isFinite(verbGroupAt(tokens, i))) return true;
  return false;
}

/** Drops trailing punctuation and conjunctions from a token range end. */
export function trimTail(tokens: Tokens, start: number, end: number): number {
  let e = end;
  while (e > start && (tokens[e - 1]?.pos === 'PUNCT' && !isQuoteMark(tokens[e - 1]) && tokens[e - 1]?.text !== ')' || ['CCONJ', 'SCONJ'].includes(tokens[e - 1]?.pos ?? '') || low(tokens[e - 1]) === 'that')) e -= 1;
  return e;
}
