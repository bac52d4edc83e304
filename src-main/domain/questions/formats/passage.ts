/**
 * The passage a cloze or a true/false statement shows: the sentence, or for a long sentence the
 * part of it around the answer (cut at semicolons and dashes first, then at trailing commas).
 */
import type { Span } from '../../article/model';
import { retagPastVerbs } from '../../facts/extract/event-clauses';
import { tokenize as tokenizeRaw, type Token } from '../../nlp/tokens';
import { danglingEmbed, findVerbGroup, isBoundary } from '../text/clause';
import { capitalize, countWords } from '../text/normalize';
import { presentSentence } from './present';

export const LONG_SENTENCE_WORDS = 40;
/** A single clause is kept whole up to this length rather than cut inside. */
const MAX_CLAUSE_WORDS = 50;

export interface Passage {
  readonly text: string;
  /** The answer's place in `text`. */
  readonly answer: Span;
  readonly shortened: boolean;
  /** Part of a quotation running over several sentences. */
  readonly quoted: boolean;
}

interface Piece {
  readonly start: number;
  readonly end: number;
}

function pieces(sentence: string, separator: RegExp): Piece[] {
  const result: Piece[] = [];
  let start = 0;
  for (const match of sentence.matchAll(separator)) {
    const index = match.index ?? 0;
    result.push({ start, end: index });
    start = index + match[0].length;
  }
  result.push({ start, end: sentence.length });
  return result;
}

/** Keeps the pieces around the answer, dropping whole pieces from the far ends while too long. */
function trim(sentence: string, all: Piece[], answer: Span, keepStart: boolean): Piece | null {
  const at = all.findIndex((p) => p.start <= answer.start && answer.end <= p.end);
  if (at < 0) return null;
  const words = (a: number, b: number): number => countWords(sentence.slice((all[a] as Piece).start, (all[b] as Piece).end));
  let first = keepStart ? 0 : at;
  let last = at;
  if (keepStart && words(0, at) > LONG_SENTENCE_WORDS) return null;
  while (first > 0 && words(first - 1, last) <= LONG_SENTENCE_WORDS) first -= 1;
  while (last < all.length - 1 && words(first, last + 1) <= LONG_SENTENCE_WORDS) last += 1;
  return { start: (all[first] as Piece).start, end: (all[last] as Piece).end };
}

/** The cut-out text's tokens, a past verb wink read as an adjective ("people crowded/ADJ onto") read as the verb. */
const tokenize = (text: string): Token[] => retagPastVerbs(tokenizeRaw(text));

const SUBORDINATE = /\s+(?:as|while|when|after|because|since|although|though|whereas)\s+/g;

/** The clause begins with its subject: "hundreds of people crowded", not "professor of mathematics, but was". */
function opensWithSubject(text: string): boolean {
  const tokens = tokenize(text);
  const verbs = findVerbGroup(tokens, 0, tokens.length - 1);
  if (verbs === null || verbs.first === 0) return false;
  const subject = tokens.slice(0, verbs.first);
  return ['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ'].includes(subject[0]?.pos ?? '') && !subject.some(isBoundary) && subject.some((t) => ['NOUN', 'PROPN', 'PRON'].includes(t.pos));
}

const OPENS_DEPENDENT = new Set(['CCONJ', 'SCONJ', 'ADP', 'PART']);
const ENDS_DANGLING = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART']);

/** A cut-out part of a sentence must read as a sentence: a subject and verb, nothing left hanging. */
function standsAlone(text: string, atSentenceStart: boolean): boolean {
  const tokens = tokenize(text).filter((t: Token) => !/^[“”"‘’']$/.test(t.text));
  const words = tokens.filter((t) => !isBoundary(t));
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return false;
  if ((!atSentenceStart && OPENS_DEPENDENT.has(first.pos)) || /^(which|who|whom|whose|that)$/i.test(first.text) || ENDS_DANGLING.has(last.pos)) return false;
  const verbs = findVerbGroup(tokens, 0, tokens.length - 1);
  return verbs !== null && verbs.first > 0 && !danglingEmbed(tokens, 0, tokens.length - 1);
}

const DETACHABLE = /^(which|who|whom|whose|where|when|while|although|though|whereas|because|but|as|[a-z]+ing)\b/i;

/** What is cut off after the passage must be a clause or phrase of its own, not the rest of this one. */
function detachable(rest: string): boolean {
  const words = rest.replace(/^[\s,;:—–-]+/, '');
  if (words === '' || /^[.!?]["”’)]*$/.test(words)) return true;
  if (DETACHABLE.test(words)) return true;
  // "…by the French Academy: these three memoirs contain …": after a semicolon, colon or dash, a clause of its own.
  if (/^\s*[;:—–]/.test(rest) && standsAlone(words, true)) return true;
  const tokens = tokenize(words);
  if (tokens[0]?.pos !== 'CCONJ') return false;
  const verbs = findVerbGroup(tokens, 1, tokens.length - 1);
  return verbs !== null && verbs.first > 1 && !tokens.slice(1, verbs.first).some(isBoundary);
}

const CLOSERS: Record<string, string> = { '(': ')', '[': ']' };

/**
 * A cut inside brackets ("… in another way (as you have to …, as …") ends before the bracket that
 * stays open; a cut that would leave the answer's own bracket open gives no passage.
 */
function closeBrackets(sentence: string, kept: Piece, answer: Span): Piece | null {
  const open: number[] = [];
  for (let i = kept.start; i < kept.end; i += 1) {
    const char = sentence.charAt(i);
    if (char in CLOSERS) open.push(i);
    else if (char === ')' || char === ']') {
      if (open.length === 0 || CLOSERS[sentence.charAt(open[open.length - 1] as number)] !== char) return null;
      open.pop();
    }
  }
  const first = open[0];
  if (first === undefined) return kept;
  return first >= answer.end ? { start: kept.start, end: first } : null;
}

/** What is cut off after the passage may be a parenthesis of its own. */
const PARENTHETICAL = /^\s*[([]/;

export function passageOf(source: string, sourceAnswer: Span): Passage | null {
  const presented = presentSentence(source, sourceAnswer);
  if (presented === null) return null;
  const { text: sentence, answer, quoted } = presented;
  if (countWords(sentence) <= LONG_SENTENCE_WORDS) return { text: sentence, answer, shortened: false, quoted };
  // Semicolons, colons and dashes join clauses that stand alone; a comma may only be cut after the answer,
  // since what precedes it ("to which, …") is often what the rest depends on.
  // Last, a clause the article asserts though it is subordinate ("…, as [hundreds of thousands of
  // people crowded onto …]") stands alone without its conjunction; "if" and "that" clauses do not.
  for (const [separator, keepStart] of [[/\s*[;—–]\s*|\s+-{1,2}\s+|:\s+/g, false], [/,\s+/g, true], [SUBORDINATE, false]] as const) {
    const trimmed = trim(sentence, pieces(sentence, separator), answer, keepStart);
    const kept = trimmed && closeBrackets(sentence, trimmed, answer);
    if (kept === null) continue;
    const raw = sentence.slice(kept.start, kept.end).trim();
    const limit = separator === SUBORDINATE ? MAX_CLAUSE_WORDS : LONG_SENTENCE_WORDS;
    if (raw === sentence.trim() || countWords(raw) > limit || countWords(raw) < 6 || !standsAlone(raw, kept.start === 0) || !(detachable(sentence.slice(kept.end)) || PARENTHETICAL.test(sentence.slice(kept.end)))) continue;
    if (separator === SUBORDINATE && !opensWithSubject(raw)) continue;
    const offset = sentence.indexOf(raw, kept.start);
    const body = capitalize(raw).replace(/[,;:\s]+$/, '');
    const text = /[.!?]["”’)]*$/.test(body) ? body : `${body}.`;
    return { text, answer: { start: answer.start - offset, end: answer.end - offset }, shortened: true, quoted };
  }
  return quotedSentence(sentence, answer);
}

const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [['"', '"'], ['“', '”']];

/**
 * Last, a long sentence that reports a whole quoted sentence ("… told the court that, over …,
 * "Gloria's eczema played a devastating role in …."") shows that quotation on its own: it opens
 * with a capital, closes with its own full stop, and says all it says without the report around it.
 */
function quotedSentence(sentence: string, answer: Span): Passage | null {
  for (const [open, close] of QUOTE_PAIRS) {
    const start = sentence.lastIndexOf(open, answer.start - 1);
    const end = start < 0 ? -1 : sentence.indexOf(close, Math.max(start + 1, answer.end));
    if (start < 0 || end < 0 || sentence.slice(start + 1, answer.start).includes(close)) continue;
    // Straight marks: the one before the answer must open a quotation, not close an earlier one.
    if (open === close && sentence.slice(0, start).split(open).length % 2 === 0) continue;
    const inner = sentence.slice(start + 1, end);
    const words = countWords(inner);
    if (!/^\p{Lu}/u.test(inner) || !/[.!?]$/.test(inner) || words < 8 || words > LONG_SENTENCE_WORDS) continue;
    return { text: sentence.slice(start, end + 1), answer: { start: answer.start - start, end: answer.end - start }, shortened: true, quoted: true };
  }
  return null;
}
