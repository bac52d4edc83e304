/**
 * Reasons: "because …", "because of / due to / owing to …", causal "since" and "as", and
 * "…, so …". "since" and "as" are mostly temporal, so each needs positive evidence: "since" is
 * causal only when the main clause is not a perfect ("has claimed 480,000 lives since 2006" is
 * time); "as" only when its clause is a state, or is past while the main clause is not
 * ("… fuel Mexico's resistance, as the country lost half its territory …").
 */
import { textOf, trimPredicate, trimTail } from './clause';
import type { Clause } from './clause';
import { nounPhraseEnd, NOUN_PREPOSITIONS } from './clause-np';
import type { FoundClause } from './clause-parse';
import { low, wordCount } from './clause-tokens';
import type { Tense } from './clause-verb';
import { clauseEndingAt, clauseText, hasClearSubject, mainClauseAfter } from './cause-effect';
import type { CauseCandidate, CauseScope } from './cause-effect';

const PHRASE_MARKERS: ReadonlyArray<{ words: readonly string[]; rule: string }> = [
  { words: ['because', 'of'], rule: 'cause:because-of' },
  { words: ['due', 'to'], rule: 'cause:due-to' },
  { words: ['owing', 'to'], rule: 'cause:due-to' },
  { words: ['as', 'a', 'result', 'of'], rule: 'cause:as-a-result-of' },
  { words: ['on', 'account', 'of'], rule: 'cause:because-of' },
];
const STATIVE = new Set(['be', 'have', 'own', 'lack', 'contain', 'belong', 'need', 'know', 'remain', 'depend', 'require', 'cost', 'mean']);
const JUDGEMENTS = new Set(['hard', 'difficult', 'easy', 'impossible', 'possible', 'important', 'necessary', 'unlikely', 'likely', 'unclear', 'clear', 'dangerous', 'safe', 'wrong', 'right', 'unfair', 'essential', 'vital']);
const NOT_CAUSAL_AS = new Set(['such', 'so', 'as', 'just', 'same', 'well', 'soon', 'long']);

export function reasonCandidates(scope: CauseScope): CauseCandidate[] {
  const { tokens } = scope.analysis;
  const found: CauseCandidate[] = [];
  const push = (candidate: CauseCandidate | null): void => {
    if (candidate) found.push(candidate);
  };
  tokens.forEach((token, i) => {
    if (scope.nested[i]) return;
    const word = low(token);
    // The first word checked once, not once per marker (this runs for every token).
    const marker = PHRASE_MARKERS.find((m) => m.words[0] === word && m.words.every((w, k) => low(tokens[i + k]) === w));
    if (marker) return push(phraseReason(scope, i, i + marker.words.length, marker.rule));
    if (word === 'because') push(clauseReason(scope, i, 'cause:because', () => true));
    if (word === 'since' && low(tokens[i - 1]) !== 'ever') push(clauseReason(scope, i, 'cause:since', (effect, reason) => isCausalSince(effect.verb.tense, reason, tokens)));
    if (word === 'as' && !NOT_CAUSAL_AS.has(low(tokens[i - 1])) && (i === 0 || tokens[i - 1]?.text === ',')) {
      push(clauseReason(scope, i, 'cause:as', (effect, reason) => isCausalAs(effect, reason, tokens)));
    }
    if (word === 'so' && tokens[i - 1]?.text === ',' && low(tokens[i + 1]) !== 'that') push(soResult(scope, i));
    if ((word === 'after' || word === 'when') && low(tokens[i + 1]) === 'it') push(revealedReason(scope, i));
  });
  return found;
}

/** "… due to cultural differences": the reason is the noun phrase after the marker. */
function phraseReason(scope: CauseScope, marker: number, objectStart: number, rule: string): CauseCandidate | null {
  const { tokens } = scope.analysis;
  const end = nounPhraseEnd(tokens, objectStart, { prepositions: NOUN_PREPOSITIONS });
  if (end === objectStart) return null;
  const before = clauseEndingAt(scope, marker, true);
  const effectClause = before ?? (isFronted(scope, marker) ? mainClauseAfter(scope, end) : null);
  if (!effectClause) {
    const segment = segmentBefore(scope, marker);
    return segment ? { cause: { start: objectStart, end }, effect: segment, relation: 'reason', rule, at: marker } : null;
  }
  const effect = before ? clauseText(scope, before, marker) : clauseText(scope, effectClause, effectClause.end);
  return effect ? { cause: { start: objectStart, end }, effect, relation: 'reason', rule, at: marker } : null;
}

function clauseReason(scope: CauseScope, marker: number, rule: string, isCausal: (effect: Clause, reason: FoundClause) => boolean): CauseCandidate | null {
  const { tokens } = scope.analysis;
  const reason = scope.clauses.find((c) => c.marker === marker);
  if (!reason) return null;
  const causeEnd = trimPredicate(tokens, scope.nested, reason.verb.start, trimTail(tokens, reason.verb.start, reason.end));
  if (causeEnd < 0) return null;
  const before = clauseEndingAt(scope, marker, true);
  const effectClause = before ?? (isFronted(scope, marker) ? mainClauseAfter(scope, reason.end) : null);
  if (!effectClause || !isCausal(effectClause, reason)) return null;
  const effect = before ? clauseText(scope, before, marker) : clauseText(scope, effectClause, effectClause.end);
  const cause = { start: reason.subject.start, end: trimTail(tokens, reason.subject.start, causeEnd) };
  return effect ? { cause, effect, relation: 'reason', rule, at: marker } : null;
}

/** What coming to light does: "became known", "emerged", "was revealed", "came out". */
const REVEALED = new Set(['known', 'clear', 'public', 'apparent', 'emerged', 'revealed', 'discovered', 'reported', 'disclosed', 'learned', 'learnt', 'found', 'out', 'transpired']);
const MAX_REASON_WORDS = 10;

/**
 * "was forced to resign … after it became known that [he left sensitive documents] at …": what
 * came to light is the reason. A long clause is cut to its core — subject, verb and object — so
 * the answer is a fact a learner can recall.
 */
function revealedReason(scope: CauseScope, marker: number): CauseCandidate | null {
  const { tokens } = scope.analysis;
  let that = marker + 2;
  while (that < tokens.length && that - marker <= 6 && low(tokens[that]) !== 'that') that += 1;
  const between = tokens.slice(marker + 2, that);
  if (low(tokens[that]) !== 'that' || !between.some((t) => REVEALED.has(low(t))) || between.some((t) => ['not', "n't", 'never'].includes(low(t)))) return null;
  const reason = scope.clauses.find((c) => c.marker === that);
  const effectClause = clauseEndingAt(scope, marker, true);
  if (!reason || !effectClause) return null;
  let end = trimTail(tokens, reason.subject.start, reason.end);
  if (wordCount(tokens, reason.subject.start, end) > MAX_REASON_WORDS) {
    const object = nounPhraseEnd(tokens, reason.verb.end);
    if (object === reason.verb.end) return null;
    end = object;
  }
  const effect = clauseText(scope, effectClause, marker);
  return effect ? { cause: { start: reason.subject.start, end }, effect, relation: 'reason', rule: 'cause:came-to-light', at: marker } : null;
}

/** Temporal "since" goes with a perfect ("has claimed … since"), or with past on both sides. */
function isCausalSince(effectTense: Tense, reason: FoundClause, tokens: CauseScope['analysis']['tokens']): boolean {
  if (effectTense === 'perfect') return false;
  const stative = reason.verb.copular || STATIVE.has(tokens[reason.verb.head]?.lemma ?? '');
  return stative || ['present', 'modal'].includes(reason.verb.tense) || ['present', 'modal'].includes(effectTense);
}

function isCausalAs(effect: Clause, reason: FoundClause, tokens: CauseScope['analysis']['tokens']): boolean {
  const stative = reason.verb.copular || STATIVE.has(tokens[reason.verb.head]?.lemma ?? '');
  const mismatch = reason.verb.tense === 'past' && ['present', 'modal', 'perfect'].includes(effect.verb.tense);
  // "It is hard to extrapolate …, as …": a judgement is explained, not timed.
  const judged = effect.verb.copular && JUDGEMENTS.has(low(tokens[effect.verb.end]));
  return stative || mismatch || judged;
}

/** "The pressure … is lower …, so the wing is pushed upwards …": the first clause is the reason. */
function soResult(scope: CauseScope, marker: number): CauseCandidate | null {
  const result = scope.clauses.find((c) => c.marker === marker);
  const before = clauseEndingAt(scope, marker);
  if (!result || !before || !hasClearSubject(scope, result)) return null;
  const effect = clauseText(scope, result, result.end);
  const cause = { start: before.subject.start, end: trimTail(scope.analysis.tokens, before.subject.start, marker) };
  return effect ? { cause, effect, relation: 'reason', rule: 'cause:so-result', at: marker } : null;
}

/**
 * When the clause finder missed it: the stretch since the last comma, if it reads as a clause of
 * its own — a pronoun or noun, then a verb ("…, [they should be declared not guilty] due to …").
 */
function segmentBefore(scope: CauseScope, marker: number): string | null {
  const { tokens } = scope.analysis;
  let start = marker;
  while (start > 0 && ![',', ';', ':', '—'].includes(tokens[start - 1]?.text ?? '')) start -= 1;
  const words = tokens.slice(start, marker);
  const opener = words[0];
  if (!opener || scope.nested[start] || words.length < 3 || words.length > 15 || !['PRON', 'DET', 'NOUN', 'PROPN'].includes(opener.pos)) return null;
  if (opener.pos === 'PRON' ? !['i', 'you', 'he', 'she', 'it', 'we', 'they'].includes(low(opener)) : ['this', 'that', 'these', 'those', 'which', 'what'].includes(low(opener))) return null;
  const verb = words.findIndex((t) => t.pos === 'AUX' || t.pos === 'VERB');
  return verb > 0 && verb <= 4 ? textOf(scope.analysis, start, trimTail(tokens, start, marker)) : null;
}

/** A marker before any clause: "Because of the storm, the match was cancelled." */
function isFronted(scope: CauseScope, marker: number): boolean {
  return !scope.clauses.some((c) => c.verb.start < marker);
}
