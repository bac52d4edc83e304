/**
 * The one most salient phrase of a short quotation, to ask as "According to X, …": a label the
 * speaker quotes in turn ("characterizing me as the 'anti-christ'"), else what the quotation's
 * clauses predicate — the complement of "be" ("are [very reliable]", "it is [collaboration and
 * coordination]"), the object of a verb ("played [a devastating role]", "never tolerate [an
 * invasion]"), or the action of "it is time to …" ("[say goodbye]"). Pronouns, numbers and empty
 * heads ("two things", "stuff") are never key phrases; with no clear candidate there is none.
 */
import type { Span } from '../../article/model';
import type { Token } from '../../nlp/tokens';
import { isSayingVerb } from '../../entities';
import { isQuoteMark, low } from './clause-tokens';

const MAX_PHRASE_WORDS = 5;
const SHORT_QUOTE_WORDS = 8;
const EMPTY_HEADS = new Set([
  'thing', 'things', 'stuff', 'lot', 'lots', 'way', 'ways', 'one', 'ones', 'something', 'anything', 'everything', 'nothing',
  'fact', 'kind', 'sort', 'part', 'case', 'point', 'question', 'matter', 'bit', 'people', 'time', 'times', 'year', 'years',
]);
const RESULTS = new Set(['right', 'wrong', 'straight', 'clear', 'ready', 'done']);
const NOMINAL = new Set(['NOUN', 'PROPN']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);

export interface Candidate {
  readonly start: number;
  readonly end: number;
  /** 9 for a quoted label; else 1 each for a "be" complement, a modifier or coordination, a contrast. */
  readonly score: number;
}

/** A noun phrase from `start`: determiner or possessive, adjectives, nouns, and one "and/or" more. */
function nounPhrase(tokens: readonly Token[], start: number, stop: number): number {
  let at = start;
  if (tokens[at]?.pos === 'DET' && !['no', 'whatever', 'this', 'that', 'these', 'those', 'all'].includes(low(tokens[at]))) at += 1;
  // Not "her": "gave her solace" has her as the indirect object.
  else if (tokens[at]?.pos === 'PRON' && ['his', 'its', 'their', 'our', 'my', 'your'].includes(low(tokens[at]))) at += 1;
  const body = (from: number): number => {
    let k = from;
    while (k < stop && (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'ADJ') && k - from < 3) k += 1;
    const nouns = k;
    while (k < stop && NOMINAL.has(tokens[k]?.pos ?? '')) k += 1;
    return k > nouns ? k : from;
  };
  let end = body(at);
  // "get the fundamentals right": a result complement tagged as a noun is not part of the phrase.
  if (end - at > 1 && RESULTS.has(low(tokens[end - 1]))) end -= 1;
  if (end === at) return start;
  const conj = low(tokens[end]);
  if ((conj === 'and' || conj === 'or') && end + 1 < stop) {
    const more = body(end + 1);
    if (more > end + 1) return more;
  }
  return end;
}

/** Adverbs and adjectives with no noun after them: "very reliable", "neither classified nor secret". */
function adjectivePhrase(tokens: readonly Token[], start: number, stop: number): number {
  let k = start;
  while (k < stop && tokens[k]?.pos === 'ADV' && !NEGATIONS.has(low(tokens[k]))) k += 1;
  const adjective = tokens[k];
  if (adjective?.pos !== 'ADJ') return start;
  k += 1;
  // It must end its clause ("are very reliable."), not lead on ("available under …", "able to");
  // a bare participle after "be" is a passive ("have been infected"), not a quality.
  const next = tokens[k];
  if (k > stop || (next !== undefined && next.pos !== 'PUNCT' && next.pos !== 'CCONJ')) return start;
  return k - start === 1 && /ed$/i.test(adjective.text) ? start : k;
}

function acceptable(tokens: readonly Token[], start: number, end: number): boolean {
  const words = tokens.slice(start, end);
  const head = words.at(-1);
  if (head === undefined || words.length > MAX_PHRASE_WORDS) return false;
  if (words.some((t) => t.pos === 'NUM' || t.pos === 'PRON' && !/^(his|her|its|their|our|my|your)$/i.test(t.text) || isQuoteMark(t))) return false;
  return !EMPTY_HEADS.has(low(head)) && !/^\d/.test(head.text);
}

/** "time to say goodbye": the action the time has come for, to the end of its clause. */
function timeTo(tokens: readonly Token[], noun: number, stop: number): Candidate | null {
  if (low(tokens[noun]) !== 'time' || low(tokens[noun + 1]) !== 'to' || tokens[noun + 2]?.pos !== 'VERB') return null;
  let end = noun + 3;
  while (end < stop && end - noun <= 5 && !['PUNCT', 'ADP', 'SCONJ', 'CCONJ'].includes(tokens[end]?.pos ?? '')) end += 1;
  return end - (noun + 2) <= 3 ? { start: noun + 2, end, score: 3 } : null;
}

function candidatesIn(tokens: readonly Token[], from: number, stop: number): Candidate[] {
  const found: Candidate[] = [];
  let contrast = 0;
  for (let i = from; i < stop; i += 1) {
    const token = tokens[i] as Token;
    if (low(token) === 'but' || low(token) === 'yet') contrast = 1;
    const copula = token.lemma.toLowerCase() === 'be' && (token.pos === 'AUX' || token.pos === 'VERB');
    if (!copula && (token.pos !== 'VERB' || isSayingVerb(token) || tokens[i + 1]?.pos === 'ADP')) continue;
    if (!copula && tokens.slice(Math.max(from, i - 2), i).some((t) => t.lemma.toLowerCase() === 'be')) continue; // a passive
    let at = i + 1;
    while (at < stop && tokens[at]?.pos === 'ADV' && NEGATIONS.has(low(tokens[at])) === false && !copula) at += 1;
    const time = timeTo(tokens, at, stop);
    if (time !== null) found.push({ ...time, score: time.score + contrast });
    const np = nounPhrase(tokens, at, stop);
    const adj = copula ? adjectivePhrase(tokens, at, stop) : at;
    const end = Math.max(np, adj);
    if (end === at || time !== null || !acceptable(tokens, at, end)) continue;
    const modified = tokens.slice(at, end).some((t) => t.pos === 'ADJ' || ['and', 'or'].includes(low(t)));
    found.push({ start: at, end, score: (copula ? 1 : 0) + (modified ? 1 : 0) + contrast });
  }
  return found;
}

/** A label the speaker quotes inside the quotation: 'anti-christ'. */
function nestedLabel(tokens: readonly Token[], from: number, stop: number): Candidate | null {
  for (let i = from; i < stop; i += 1) {
    if (!isQuoteMark(tokens[i])) continue;
    // Only a label the speaker gives: "… as the 'anti-christ'", not a list of nicknames.
    const before = ['the', 'a', 'an'].includes(low(tokens[i - 1])) ? i - 2 : i - 1;
    if (low(tokens[before]) !== 'as') return null;
    const close = tokens.findIndex((t, k) => k > i + 1 && k < stop && isQuoteMark(t));
    if (close < 0) return null;
    return close - i - 1 <= 4 ? { start: i + 1, end: close, score: 9 } : null;
  }
  return null;
}

/** Token range of the key phrase among the quotation's tokens in this sentence, or null. */
export function keyPhrase(tokens: readonly Token[], quote: Span): Candidate | null {
  const from = tokens.findIndex((t) => t.start >= quote.start);
  let stop = tokens.findIndex((t) => t.start >= quote.end);
  if (stop < 0) stop = tokens.length;
  if (from < 0 || from >= stop) return null;
  const label = nestedLabel(tokens, from, stop);
  if (label !== null) return label;
  const best = candidatesIn(tokens, from, stop).sort((a, b) => b.score - a.score || a.start - b.start)[0];
  // In a long quotation a bare object ("the ants") is one detail among many, not its point.
  const words = tokens.slice(from, stop).filter((t) => t.pos !== 'PUNCT').length;
  return best !== undefined && (best.score > 0 || words <= SHORT_QUOTE_WORDS) ? best : null;
}
