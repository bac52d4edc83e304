/**
 * Event facts: who did what, and when if the sentence says so. "On Wednesday, Sheinbaum confirmed
 * that the US has been using drones …" gives actor Sheinbaum, action "confirmed that …", when
 * "On Wednesday". Only reported past events with a subject the reader can identify; hedged
 * claims ("Allegedly, …"), hypotheses ("If …") and present states are left to other rules.
 */
import { stableId } from '../../ids';
import type { FactExtractor, SentenceAnalysis } from '../context';
import type { EventFact } from '../model';
import { textOf } from './clause';
import { findClauses } from './clause-parse';
import type { FoundClause } from './clause-parse';
import { low, nestedMask } from './clause-tokens';
import { isPastEvent } from './clause-verb';
import { actionRange, complementStart } from './event-action';
import { actorOf } from './event-actor';
import { timeExpression } from './event-when';

const HEDGES = new Set(['allegedly', 'reportedly', 'apparently', 'supposedly', 'seemingly', 'possibly', 'probably', 'perhaps', 'maybe', 'purportedly', 'reputedly']);
const HYPOTHETICAL = new Set(['if', 'unless']);

export const extractEventFacts = ((analysis, context): EventFact[] => {
  const { tokens } = analysis;
  const nested = nestedMask(tokens);
  const facts: EventFact[] = [];
  for (const clause of findClauses(tokens, nested)) {
    if (clause.marker !== null && HYPOTHETICAL.has(low(tokens[clause.marker]))) continue;
    if (!isPastEvent(clause.verb) || isHedged(analysis, clause)) continue;
    const actor = actorOf(analysis, context.entities, clause.subject);
    const action = actor ? actionRange(tokens, nested, clause) : null;
    if (!actor || !action) continue;
    const fronted = clause.frontedStart !== null ? timeExpression(tokens, clause.frontedStart, clause.subject.start) : null;
    const when = fronted ?? timeExpression(tokens, action.start, complementStart(tokens, clause, action));
    const actionText = textOf(analysis, action.start, action.end);
    const { sentence } = analysis;
    let id = stableId('fact', 'event', sentence.text, actor.answer);
    // Two events of one actor in a sentence ("studied …, and earned …") need two ids.
    if (facts.some((f) => f.id === id)) id = stableId('fact', 'event', sentence.text, actor.answer, actionText);
    facts.push({
      id,
      kind: 'event',
      sentenceIndex: sentence.index,
      sentenceSpan: sentence.span,
      sentence: sentence.text,
      answerSpan: actor.answerSpan,
      answer: actor.answer,
      aliases: actor.aliases,
      rule: clause.marker === null ? 'event:main-clause' : `event:${low(tokens[clause.marker])}-clause`,
      actor: actor.canonical,
      action: actionText,
      when: when ? textOf(analysis, when.start, when.end) : null,
    });
  }
  return facts;
}) satisfies FactExtractor;

/** "Allegedly, Thomas' sister pleaded …": a hedge before the verb makes the event a claim. */
export function isHedged(analysis: SentenceAnalysis, clause: FoundClause): boolean {
  const from = clause.frontedStart ?? clause.subject.start;
  return analysis.tokens.slice(from, clause.verb.end).some((t) => HEDGES.has(low(t)));
}
