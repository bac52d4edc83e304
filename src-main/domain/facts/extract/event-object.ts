/**
 * Event facts answered by what the event acted on rather than by its actor: "Where was Hadid
 * born?" → "Baghdad", "What was Montalvo charged with taking?" → "hard drives and a zip drive",
 * "What did Sheinbaum confirm the US has been using drones for?" → "intelligence gathering".
 * At most a few per sentence, names and places first, and only from clauses whose subject and
 * verb are clear (see event-clauses.ts) and phrases that are whole (see event-phrase.ts).
 */
import { stableId } from '../../ids';
import type { ExtractionContext, FactExtractor, SentenceAnalysis } from '../context';
import type { EventFact } from '../model';
import { spanOf, textOf } from './clause';
import { isQuoteMark, low, nestedMask, POSSESSIVE_PRONOUNS, quotePairs } from './clause-tokens';
import { actionRange } from './event-action';
import { objectClauses, withPastVerbs } from './event-clauses';
import { objectActor } from './event-subject';
import type { ObjectClause } from './event-clauses';
import { patientSlots, predicateSlots } from './event-slot';
import type { Slot } from './event-slot';
import { timeExpression } from './event-when';

const MAX_PER_SENTENCE = 3;
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'from', 'onto', 'into', 'near', 'across', 'inside', 'outside', 'within', 'throughout']);

interface Candidate {
  readonly clause: ObjectClause;
  readonly slot: Slot;
  readonly rule: string;
  readonly score: number;
}

function isPlace(analysis: SentenceAnalysis, context: ExtractionContext, slot: Slot): boolean {
  if (slot.preposition === null || !PLACE_PREPOSITIONS.has(slot.preposition)) return false;
  const span = spanOf(analysis, slot.start, slot.end);
  return context.entities.mentionsIn(analysis.sentence.index).some((m) => m.type === 'place' && m.span.start < span.end && span.start < m.span.end);
}

/** Names first, then places and complements, then described phrases; "his doctorate" and a bare "users" last. */
function scoreOf(analysis: SentenceAnalysis, slot: Slot, place: boolean): number {
  const words = analysis.tokens.slice(slot.start, slot.end);
  const named = words.some((t) => t.pos === 'PROPN');
  const content = words.filter((t) => ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(t.pos)).length;
  // "users", "in an interview", "via a statement": one plain noun says little.
  const instrument = slot.preposition === 'using' || slot.preposition === 'with';
  if (!named && (words.length === 1 || (content === 1 && slot.role !== 'object' && !instrument))) return -1;
  const described = content >= 2 && !POSSESSIVE_PRONOUNS.has(low(words[0]));
  return (named ? 3 : 0) + (place || slot.role === 'complement' ? 1 : 0) + (described ? 1 : 0);
}

/** A bare noun ("users", "services") only when its clause offers nothing better, and never after a preposition. */
function worthAsking(candidate: Candidate, all: readonly Candidate[]): boolean {
  if (candidate.score >= 0) return true;
  return candidate.slot.role === 'object' && !all.some((c) => c.clause === candidate.clause && c.score >= 0);
}

function ruleOf(slot: Slot, place: boolean): string {
  if (place) return 'event:place';
  if (slot.role === 'prep-object') return `event:prep-object`;
  return `event:${slot.role}`;
}

/**
 * "We measured X after they ingested Y [using a spectrophotometer]": a free participle ending the
 * sentence is controlled by the main clause's subject, not by the adverbial clause it follows.
 */
function controllingClause(analysis: SentenceAnalysis, all: readonly ObjectClause[], clause: ObjectClause, slot: Slot): ObjectClause {
  const { tokens } = analysis;
  const marker = clause.marker;
  if (slot.preposition !== 'using' || marker === null || !['ADP', 'SCONJ'].includes(tokens[marker]?.pos ?? '')) return clause;
  const last = tokens.slice(slot.end).every((t) => /^[.!?]$/.test(t.text));
  const main = all.find((c) => c.marker === null && c.end <= marker);
  return last && main !== undefined ? main : clause;
}

function candidates(analysis: SentenceAnalysis, context: ExtractionContext): Candidate[] {
  const out: Candidate[] = [];
  const clauses = objectClauses(analysis);
  for (const own of clauses) {
    for (const slot of [...patientSlots(analysis.tokens, own), ...predicateSlots(analysis.tokens, own)]) {
      if (out.some((c) => c.slot.start < slot.end && slot.start < c.slot.end)) continue;
      const place = isPlace(analysis, context, slot);
      const clause = controllingClause(analysis, clauses, own, slot);
      out.push({ clause, slot, rule: ruleOf(slot, place), score: scoreOf(analysis, slot, place) });
    }
  }
  return out.filter((candidate) => worthAsking(candidate, out));
}

/** A quoted object's action ends after its closing mark: `address "a gap …"`, quotes balanced. */
function quoteEnd(tokens: SentenceAnalysis['tokens'], slot: Slot): number {
  if (!isQuoteMark(tokens[slot.start - 1])) return slot.end;
  const close = quotePairs(tokens).find(([open]) => open === slot.start - 1)?.[1];
  return close !== undefined && close >= slot.end ? close + 1 : slot.end;
}

export const extractEventObjectFacts = ((original, context): EventFact[] => {
  const analysis = withPastVerbs(original);
  const { tokens, sentence } = analysis;
  const chosen = candidates(analysis, context)
    .map((candidate, order) => ({ candidate, order, actor: objectActor(analysis, context, candidate.clause) }))
    .filter((c) => c.actor !== null)
    .sort((a, b) => b.candidate.score - a.candidate.score || a.order - b.order)
    .slice(0, MAX_PER_SENTENCE)
    .sort((a, b) => a.order - b.order);
  return chosen.map(({ candidate: { clause, slot, rule }, actor }) => {
    const answer = textOf(analysis, slot.start, slot.end);
    const fronted = clause.frontedStart !== null ? timeExpression(tokens, clause.frontedStart, clause.subject.start) : null;
    const when = fronted ?? timeExpression(tokens, clause.verb.end, clause.end);
    return {
      id: stableId('fact', 'event', sentence.text, answer, rule.slice('event:'.length)),
      kind: 'event',
      sentenceIndex: sentence.index,
      sentenceSpan: sentence.span,
      sentence: sentence.text,
      answerSpan: spanOf(analysis, slot.start, slot.end),
      answer,
      aliases: [],
      rule,
      actor: actor ?? '',
      action: textOf(analysis, clause.verb.start, slot.role === 'patient' ? (actionRange(tokens, nestedMask(tokens), clause)?.end ?? clause.verb.end) : quoteEnd(tokens, slot)),
      when: when ? textOf(analysis, when.start, when.end) : null,
    };
  });
}) satisfies FactExtractor;
