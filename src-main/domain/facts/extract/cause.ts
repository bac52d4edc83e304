/**
 * Cause facts: reasons and purposes, with what they explain. The answer is always the cause as
 * written ("to avoid sweeping 25-percent tariffs threatened by Trump", "US-made firearms"); the
 * other side goes in `effect`. A causal claim made by someone keeps its holder in `hedge`.
 */
import { stableId } from '../../ids';
import type { FactExtractor } from '../context';
import type { CauseFact } from '../model';
import { spanOf, SUBORDINATORS, textOf } from './clause';
import { findClauses } from './clause-parse';
import { clauseStart } from './clause-start';
import { low, nestedMask, wordCount } from './clause-tokens';
import { isVagueCause } from './cause-effect';
import type { CauseCandidate, CauseScope } from './cause-effect';
import { hedgeFor } from './cause-hedge';
import { purposeCandidates } from './cause-purpose';
import { reasonCandidates } from './cause-reason';
import { resultCandidates } from './cause-result';
import { causalVerbCandidates, recoveredCausalClauses } from './cause-verbs';

// "that" clauses too: a claim's content ("argued that US-made firearms fuel …") can hold a cause.
const CLAUSE_MARKERS = new Set([...SUBORDINATORS, 'that']);
const MAX_CAUSE_WORDS = 30;

export const extractCauseFacts = ((analysis, context): CauseFact[] => {
  const { tokens, sentence } = analysis;
  const nested = nestedMask(tokens);
  const found = findClauses(tokens, nested, CLAUSE_MARKERS);
  const starts = [clauseStart(tokens, nested), ...tokens.flatMap((t, i) => (low(t) === 'that' ? [i + 1] : []))];
  const clauses = [...found, ...recoveredCausalClauses({ analysis, nested }, starts)];
  const scope: CauseScope = { analysis, nested, clauses };
  const candidates = [...purposeCandidates(scope), ...reasonCandidates(scope), ...causalVerbCandidates(scope), ...resultCandidates(scope)];
  const facts: CauseFact[] = [];
  for (const candidate of candidates) {
    // One fact per cause span: the first rule to claim it (purposes, then reasons, then verbs) wins.
    const asked = candidate.answer ?? candidate.cause;
    if (!isUsable(scope, candidate) || facts.some((f) => sameSpan(f, spanOf(analysis, asked.start, asked.end)))) continue;
    const claim = hedgeFor(analysis, context.entities, clauses, candidate.at);
    if (!claim) continue;
    const answer = textOf(analysis, asked.start, asked.end);
    const cause = textOf(analysis, candidate.cause.start, candidate.cause.end);
    facts.push({
      id: stableId('fact', 'cause', sentence.text, answer),
      kind: 'cause',
      sentenceIndex: sentence.index,
      sentenceSpan: sentence.span,
      sentence: sentence.text,
      answerSpan: spanOf(analysis, asked.start, asked.end),
      answer,
      aliases: aliasesFor(scope, candidate),
      rule: candidate.rule,
      cause,
      effect: candidate.effect,
      relation: candidate.relation,
      hedge: claim.hedge,
    });
  }
  return facts;
}) satisfies FactExtractor;

function isUsable(scope: CauseScope, candidate: CauseCandidate): boolean {
  const { cause, at } = candidate;
  const { tokens } = scope.analysis;
  const words = wordCount(tokens, cause.start, cause.end);
  // "not because of …", "did not cause …": a denied relation is no fact.
  // The negation must touch the marker (past an adverb): in "declared not guilty due to", it negates "guilty".
  const negation = (t: (typeof tokens)[number] | undefined): boolean => ['not', "n't", 'never'].includes(low(t));
  const denied = negation(tokens[at - 1]) || (tokens[at - 1]?.pos === 'ADV' && negation(tokens[at - 2])) || (tokens[at - 1]?.pos === 'AUX' && negation(tokens[at - 2]));
  return cause.end > cause.start && words <= MAX_CAUSE_WORDS && !scope.nested[cause.start] && !scope.nested[at] && !denied &&
    !isVagueCause(scope, cause) && candidate.effect.trim() !== '';
}

const sameSpan = (fact: CauseFact, span: { start: number; end: number }): boolean =>
  fact.answerSpan.start === span.start && fact.answerSpan.end === span.end;

/** "seemingly aimed at securing X" is also right as "securing X". */
function aliasesFor(scope: CauseScope, candidate: CauseCandidate): string[] {
  const { tokens } = scope.analysis;
  const { start, end } = candidate.cause;
  if (candidate.rule !== 'cause:aimed-at') return [];
  const at = tokens.findIndex((t, i) => i >= start && i < end && ['at', 'to'].includes(low(t)));
  return at >= 0 && at + 1 < end ? [textOf(scope.analysis, at + 1, end)] : [];
}
