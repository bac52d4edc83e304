/**
 * Matching across facts: speakers ↔ their quotes, people ↔ their roles. Three to six pairs with
 * distinct people, one fact each; the id comes from the facts it pairs, so it is stable too.
 */
import type { Fact, PersonFact, QuoteFact } from '../../facts/model';
import { stableId } from '../../ids';
import type { QuestionContext } from '../context';
import type { MatchingQuestion } from '../model';
import { normalizeAnswer } from '../text/normalize';
import { closedPrefix, roleKey } from './qa-person';

const MIN_PAIRS = 3;
const MAX_PAIRS = 6;
const MAX_QUOTE_WORDS = 16;

interface Pair {
  readonly fact: Fact;
  readonly left: string;
  readonly right: string;
}

function shortQuote(quote: string): string {
  const words = quote.trim().replace(/[,.;:]+$/, '').split(/\s+/);
  return words.length > MAX_QUOTE_WORDS ? `“${closedPrefix(words.slice(0, MAX_QUOTE_WORDS).join(' '))} …”` : `“${words.join(' ')}”`;
}

/** Two right sides a learner cannot tell apart: the same words, or the same role in another gender. */
function sameRight(a: string, b: string): boolean {
  return normalizeAnswer(a) === normalizeAnswer(b) || roleKey(a) === roleKey(b);
}

/** One pair per person, the first the article gives; two people with the same right side are ambiguous. */
function distinct(context: QuestionContext, pairs: readonly Pair[]): Pair[] {
  const out: Pair[] = [];
  for (const pair of pairs) {
    if (out.some((p) => context.entities.sameEntity(p.left, pair.left) || sameRight(p.right, pair.right))) continue;
    out.push(pair);
  }
  return out.slice(0, MAX_PAIRS);
}

function matching(context: QuestionContext, kind: 'speakers' | 'roles', pairs: readonly Pair[], prompt: string): MatchingQuestion | null {
  const kept = distinct(context, pairs);
  const first = kept[0];
  if (kept.length < MIN_PAIRS || first === undefined) return null;
  return {
    id: stableId('q', 'matching', kind, ...kept.map((p) => p.fact.id)),
    factId: first.fact.id,
    factIds: kept.map((p) => p.fact.id),
    factKind: first.fact.kind,
    format: 'matching',
    prompt,
    answer: kept.map((p) => `${p.left} — ${p.right}`).join('; '),
    accepted: [],
    sentenceIndex: first.fact.sentenceIndex,
    sentence: kept.map((p) => p.fact.sentence).join(' '),
    rule: `matching/${kind}`,
    quality: 1,
    pairs: kept.map((p) => ({ left: p.left, right: p.right })),
  };
}

export function writeMatching(context: QuestionContext): MatchingQuestion[] {
  const quotes = context.facts
    .filter((f): f is QuoteFact => f.kind === 'quote' && !f.partial && f.quote.trim().split(/\s+/).length >= 3)
    .map((f) => ({ fact: f, left: context.entities.canonicalOf(f.speaker), right: shortQuote(f.quote) }));
  const roles = context.facts
    .filter((f): f is PersonFact => f.kind === 'person' && f.role.trim() !== '')
    .map((f) => ({ fact: f, left: context.entities.canonicalOf(f.name), right: f.role.trim() }));
  return [
    matching(context, 'speakers', quotes, 'Match each speaker to what they said.'),
    matching(context, 'roles', roles, 'Match each person to the role or description the article gives them.'),
  ].filter((q): q is MatchingQuestion => q !== null);
}
