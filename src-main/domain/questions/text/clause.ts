/**
 * A small, conservative clause finder over wink's POS tags. It finds the clause that holds an
 * answer and splits it into subject, verb group and the rest, which is all a wh-question needs.
 * When the shape is not clear (no finite verb, a fronted phrase, an adverb inside the subject)
 * it returns null: no question is better than a malformed one.
 */
import type { Token } from '../../nlp/tokens';
import { nounPhraseStart } from './phrases';
import { RELATIVE, danglingEmbed, findVerbGroup, isBoundary, isFiniteAux, isFiniteVerb, type VerbGroup } from './verbs';

export { danglingEmbed, findVerbGroup, isBoundary, looseFiniteVerb, type VerbGroup } from './verbs';

export interface Clause {
  readonly start: number;
  readonly end: number;
  readonly subject: readonly [number, number];
  readonly verbs: VerbGroup;
  /** The token that opened a subordinate clause ("that", "after"), if any. */
  readonly opener: number | null;
}

const SUBORDINATING_ADP = new Set(['after', 'before', 'since', 'until', 'as', 'because', 'once', 'while', 'whereas', 'although']);

/** Does a finite verb follow before the next boundary (so "after"/"as" opens a clause)? */
function opensClause(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && !isBoundary(tokens[k]); k += 1) {
    if (isFiniteVerb(tokens, k) || (isFiniteAux(tokens, k) && k > i + 1)) return true;
  }
  return false;
}

/** Where a segment containing token i starts, and what opened it. */
function segmentStart(tokens: readonly Token[], i: number): { start: number; opener: number | null } {
  for (let k = i; k >= 0; k -= 1) {
    const token = tokens[k] as Token;
    if (k < i && isBoundary(token)) return { start: k + 1, opener: null };
    if (k === i) continue;
    const lower = token.text.toLowerCase();
    if (token.pos === 'SCONJ' || (token.pos === 'ADP' && SUBORDINATING_ADP.has(lower) && opensClause(tokens, k))) {
      return { start: k + 1, opener: k };
    }
    if (RELATIVE.has(lower) || (lower === 'that' && token.pos === 'PRON')) return { start: k, opener: k };
    if (token.pos === 'CCONJ' && isBoundary(tokens[k - 1])) return { start: k + 1, opener: k };
  }
  return { start: 0, opener: null };
}

/**
 * The clause end: the end of the comma chunk, but before a relative clause or a new coordinated
 * clause ("… four months and the parents were advised …" stops before "and").
 */
function clauseEnd(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length; k += 1) {
    const token = tokens[k] as Token;
    // "… before moving, in 1972, to London": a preposition whose gerund's phrase was cut off goes too.
    if (isBoundary(token)) {
      if (k - 1 > from && /ing$/i.test(tokens[k - 1]?.text ?? '') && ['ADP', 'SCONJ'].includes(tokens[k - 2]?.pos ?? '')) return k - 3;
      return token.text === ',' && listGoesOn(tokens, k) ? beforeListPhrase(tokens, from, k - 1) : k - 1;
    }
    if (k > from && (RELATIVE.has(token.text.toLowerCase()) || (token.text.toLowerCase() === 'that' && token.pos === 'PRON'))) return k - 1;
    if (k > from && token.pos === 'CCONJ' && startsNewClause(tokens, k + 1)) return k - 1;
  }
  return tokens.length - 1;
}

/** "at Basel, Heidelberg, and Strasbourg": the comma at k continues a list of names or nouns. */
function listGoesOn(tokens: readonly Token[], k: number): boolean {
  const previous = tokens[k - 1];
  if (previous === undefined || !['PROPN', 'NOUN'].includes(previous.pos)) return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 6); j += 1) {
    const token = tokens[j] as Token;
    if (token.pos === 'CCONJ' || token.text === ',') return j > k + 1 || token.pos === 'CCONJ';
    if (!['PROPN', 'NOUN', 'ADJ', 'DET'].includes(token.pos)) return false;
  }
  return false;
}

/** The clause stops before the prepositional phrase that holds the list, so no item stands for all. */
function beforeListPhrase(tokens: readonly Token[], from: number, last: number): number {
  const start = nounPhraseStart(tokens, last, from);
  return tokens[start - 1]?.pos === 'ADP' && start - 2 >= from ? start - 2 : last;
}

/** A subject and a finite verb of its own follow (before the next boundary). */
function startsNewClause(tokens: readonly Token[], from: number): boolean {
  let to = from;
  while (to + 1 < tokens.length && !isBoundary(tokens[to + 1])) to += 1;
  const verbs = findVerbGroup(tokens, from, to);
  return verbs !== null && verbs.first > from && validSubject(tokens, from, verbs.first - 1);
}

function validSubject(tokens: readonly Token[], first: number, last: number): boolean {
  if (last < first) return false;
  const span = tokens.slice(first, last + 1);
  // "the military", "the poor": a nominal adjective after "the" heads a subject too.
  const nominalAdjective = span.length === 2 && span[0]?.text.toLowerCase() === 'the' && span[1]?.pos === 'ADJ';
  if (!nominalAdjective && !span.some((t) => ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(t.pos))) return false;
  if (span.some((t) => t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'SCONJ' || isBoundary(t))) return false;
  const head = span[0] as Token;
  if (['ADP', 'CCONJ', 'PART', 'PUNCT'].includes(head.pos)) return false;
  return !RELATIVE.has(head.text.toLowerCase()) && head.text.toLowerCase() !== 'that';
}

/** The clause whose words include tokens [first, last], or null when it has no clear shape. */
export function clauseAround(tokens: readonly Token[], first: number, last: number): Clause | null {
  const { start, opener } = segmentStart(tokens, first);
  const end = clauseEnd(tokens, start);
  if (last > end) return null;
  const verbs = findVerbGroup(tokens, start, end);
  if (verbs === null) return withAppositive(tokens, start, end, opener);
  if (!validSubject(tokens, start, verbs.first - 1) || danglingEmbed(tokens, verbs.last + 1, end)) return null;
  return { start, end, subject: [start, verbs.first - 1], verbs, opener };
}

/**
 * "Tech billionaire Elon Musk, an influential figure in …, suggested …": a verbless chunk, then a
 * verbless phrase between commas, then the verb. The middle phrase is left out of the question.
 */
function withAppositive(tokens: readonly Token[], start: number, end: number, opener: number | null): Clause | null {
  if (tokens[end + 1]?.text !== ',' || !validSubject(tokens, start, end)) return null;
  let close = end + 2;
  while (close < tokens.length && !isBoundary(tokens[close])) close += 1;
  if (tokens[close]?.text !== ',' || close === end + 2 || findVerbGroup(tokens, end + 2, close - 1) !== null) return null;
  const after = clauseEnd(tokens, close + 1);
  const verbs = findVerbGroup(tokens, close + 1, after);
  if (verbs === null || verbs.first !== close + 1 || danglingEmbed(tokens, verbs.last + 1, after)) return null;
  return { start, end: after, subject: [start, end], verbs, opener };
}
