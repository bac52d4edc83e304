/**
 * Purposes: "NP, seeking to avoid …, VP" (purpose participle), "… in order to / so as to …",
 * "… so that …", "in search of …", "— all moves seemingly aimed at securing …", and a bare
 * "to + verb" after a complete predicate when the verb cannot be taking it as its complement
 * ("sought to ease" is not a purpose; "announced a proposal to safeguard …" is).
 */
import { textOf, trimTail } from './clause';
import type { FoundClause } from './clause-parse';
import { low } from './clause-tokens';
import { causeEnd, clauseEndingAt, clauseText, hasClearSubject } from './cause-effect';
import type { CauseCandidate, CauseScope } from './cause-effect';
import { infinitivePurpose } from './cause-infinitive';

const PARTICIPLES = new Set(['seeking', 'hoping', 'trying', 'aiming', 'attempting', 'wanting', 'looking', 'striving', 'wishing']);
const TO_MARKERS: ReadonlyArray<readonly string[]> = [['in', 'order', 'to'], ['so', 'as', 'to'], ['in', 'an', 'effort', 'to'], ['in', 'a', 'bid', 'to'], ['in', 'an', 'attempt', 'to']];
const OF_MARKERS: ReadonlyArray<readonly string[]> = [['in', 'search', 'of'], ['in', 'pursuit', 'of'], ['with', 'the', 'aim', 'of'], ['for', 'the', 'purpose', 'of']];
const AIMED = new Set(['aimed', 'designed', 'intended', 'meant']);

const matchAt = (scope: CauseScope, i: number, words: readonly string[]): boolean =>
  words.every((w, k) => low(scope.analysis.tokens[i + k]) === w);

export function purposeCandidates(scope: CauseScope): CauseCandidate[] {
  const { tokens } = scope.analysis;
  const found: CauseCandidate[] = [];
  tokens.forEach((token, i) => {
    if (scope.nested[i]) return;
    const word = low(token);
    let candidate: CauseCandidate | null = null;
    if (PARTICIPLES.has(word) && low(tokens[i + 1]) === 'to' && (i === 0 || tokens[i - 1]?.text === ',')) candidate = participle(scope, i);
    // The first word checked once, not once per marker (this runs for every token).
    const toMarker = TO_MARKERS.find((m) => m[0] === word && matchAt(scope, i, m));
    if (toMarker) candidate = afterMarker(scope, i, i + toMarker.length - 1, 'cause:in-order-to');
    const ofMarker = OF_MARKERS.find((m) => m[0] === word && matchAt(scope, i, m));
    if (ofMarker) candidate = afterMarker(scope, i, i, 'cause:in-search-of');
    if (word === 'so' && low(tokens[i + 1]) === 'that') candidate = afterMarker(scope, i, i + 2, 'cause:so-that');
    if (AIMED.has(word) && ['at', 'to'].includes(low(tokens[i + 1]))) candidate = aimedAt(scope, i);
    if (word === 'to' && token.pos === 'PART') candidate = infinitivePurpose(scope, i);
    if (candidate) found.push(candidate);
  });
  return found;
}

/** Cause from `causeStart` to the end of its clause, explaining the clause that ends at `marker`. */
function afterMarker(scope: CauseScope, marker: number, causeStart: number, rule: string): CauseCandidate | null {
  const clause = clauseEndingAt(scope, marker) ?? scope.clauses.find((c) => c.verb.end <= marker && c.end > marker && hasClearSubject(scope, c));
  if (!clause) return null;
  const end = causeEnd(scope, causeStart);
  const effect = clauseText(scope, clause, marker);
  return end > causeStart + 1 && effect ? { cause: { start: causeStart, end }, effect, relation: 'purpose', rule, at: marker } : null;
}

/** "Mexico, seeking to avoid …, has ramped up …" or "Seeking to avoid …, Mexico has …". */
function participle(scope: CauseScope, i: number): CauseCandidate | null {
  const end = causeEnd(scope, i + 1);
  if (end < 0) return null;
  const clause: FoundClause | undefined = scope.clauses.find((c) => c.marker === null && (c.subject.end <= i || c.subject.start > end));
  if (!clause || !hasClearSubject(scope, clause) || clause.verb.start < end) return null;
  const effect = clauseText(scope, clause, clause.end);
  return effect ? { cause: { start: i + 1, end }, effect, relation: 'purpose', rule: 'cause:purpose-participle', at: i } : null;
}

/** "…, and arrested key cartel figures—all moves seemingly aimed at securing …". */
function aimedAt(scope: CauseScope, i: number): CauseCandidate | null {
  const { tokens } = scope.analysis;
  let separator = i - 1;
  while (separator > 0 && i - separator <= 4 && !['—', '–', ','].includes(tokens[separator]?.text ?? '')) separator -= 1;
  if (!['—', '–', ','].includes(tokens[separator]?.text ?? '')) return null;
  // The effect is everything the summary ("all moves") sums up: the main clause up to the dash.
  const main = scope.clauses.find((c) => c.marker === null && c.subject.start < separator && c.verb.end <= separator);
  // The hedge ("seemingly") stays with the cause: a claim stays a claim.
  const start = tokens[i - 1]?.pos === 'ADV' ? i - 1 : i;
  const end = causeEnd(scope, start);
  const effect = main && hasClearSubject(scope, main) ? textOf(scope.analysis, main.subject.start, trimTail(tokens, main.subject.start, separator)) : null;
  return effect && end > i + 2 ? { cause: { start, end }, effect, relation: 'purpose', rule: 'cause:aimed-at', at: i } : null;
}
