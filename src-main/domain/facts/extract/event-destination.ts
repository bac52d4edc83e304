/**
 * Where a journey went: "taking her on a trip to [India]", "after a state visit to [Japan]",
 * "his flight to [Moscow]". A named place after a noun of travel and "to" is where the event
 * happened, wherever the noun stands in the sentence; only places the EntityIndex knows count.
 */
import { stableId } from '../../ids';
import type { FactExtractor } from '../context';
import type { EventFact } from '../model';
import { spanOf, textOf } from './clause';
import { low, nestedMask } from './clause-tokens';

const TRAVEL = new Set(['trip', 'visit', 'journey', 'voyage', 'flight', 'tour', 'expedition', 'pilgrimage', 'mission', 'return', 'move', 'holiday', 'vacation', 'deportation', 'extradition', 'transfer']);

export const extractDestinationFacts = ((analysis, context): EventFact[] => {
  const { tokens, sentence } = analysis;
  const nested = nestedMask(tokens);
  const places = context.entities.mentionsIn(sentence.index).filter((m) => m.type === 'place');
  const facts: EventFact[] = [];
  tokens.forEach((token, k) => {
    if (nested[k] || token.pos !== 'NOUN' || !TRAVEL.has(low(token)) || low(tokens[k + 1]) !== 'to') return;
    const first = tokens[k + 2];
    const place = first && places.find((m) => m.span.start === first.start);
    if (!place) return;
    let end = k + 2;
    while (end < tokens.length && (tokens[end]?.end ?? Infinity) <= place.span.end) end += 1;
    const answer = textOf(analysis, k + 2, end);
    facts.push({
      id: stableId('fact', 'event', sentence.text, answer, 'destination'),
      kind: 'event',
      sentenceIndex: sentence.index,
      sentenceSpan: sentence.span,
      sentence: sentence.text,
      answerSpan: spanOf(analysis, k + 2, end),
      answer,
      aliases: [],
      rule: 'event:destination',
      actor: '',
      action: textOf(analysis, k, end),
      when: null,
    });
  });
  return facts;
}) satisfies FactExtractor;
