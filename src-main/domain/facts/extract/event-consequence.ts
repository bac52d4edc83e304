/**
 * What a condition would bring about: "If someone were able to shut the system down, …, it could
 * affect [the prosecution of the lawbreakers]." The sentence opens with "If …," and its main
 * clause says, with a modal, what would follow; the object of that clause is the consequence.
 * A negated consequence ("it would not affect …") states nothing to recall.
 */
import { stableId } from '../../ids';
import type { FactExtractor } from '../context';
import type { EventFact } from '../model';
import { spanOf, textOf } from './clause';
import { findClauses } from './clause-parse';
import { low, nestedMask } from './clause-tokens';
import { predicateSlots } from './event-slot';

const NEGATIONS = new Set(['not', "n't", 'never']);

export const extractConsequenceFacts = ((analysis): EventFact[] => {
  const { tokens, sentence } = analysis;
  if (low(tokens[0]) !== 'if') return [];
  const nested = nestedMask(tokens);
  const main = findClauses(tokens, nested).find((c) => c.marker === null && c.frontedStart === 0);
  if (!main || main.verb.tense !== 'modal' || main.verb.copular || tokens[main.subject.start - 1]?.text !== ',') return [];
  if (tokens.slice(main.verb.start, main.verb.end).some((t) => NEGATIONS.has(low(t)))) return [];
  const object = predicateSlots(tokens, main).find((slot) => slot.role === 'object');
  if (!object) return [];
  const answer = textOf(analysis, object.start, object.end);
  return [{
    id: stableId('fact', 'event', sentence.text, answer, 'consequence'),
    kind: 'event',
    sentenceIndex: sentence.index,
    sentenceSpan: sentence.span,
    sentence: sentence.text,
    answerSpan: spanOf(analysis, object.start, object.end),
    answer,
    aliases: [],
    rule: 'event:consequence',
    actor: textOf(analysis, main.subject.start, main.subject.end),
    action: textOf(analysis, main.verb.start, object.end),
    when: null,
  }];
}) satisfies FactExtractor;
