/**
 * What something is said to be related to: "was related to [fluid's pressure in the pipe]",
 * "charges relating to [grand theft]", "deaths linked to [the storm]". The phrase after a
 * participle of relation ends its clause; a negated relation ("not related to") is no fact.
 */
import { stableId } from '../../ids';
import type { FactExtractor } from '../context';
import type { EventFact } from '../model';
import { spanOf, textOf } from './clause';
import { low, nestedMask } from './clause-tokens';
import { answerPhrase } from './event-phrase';

const RELATION = new Set(['relate', 'link', 'connect', 'attribute']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
const CONTENT = new Set(['NOUN', 'PROPN', 'ADJ']);

export const extractRelationFacts = ((analysis): EventFact[] => {
  const { tokens, sentence } = analysis;
  const nested = nestedMask(tokens);
  const facts: EventFact[] = [];
  tokens.forEach((token, i) => {
    if (nested[i] || !RELATION.has(token.lemma.toLowerCase()) || !/(ed|ing)$/i.test(token.text) || low(tokens[i + 1]) !== 'to') return;
    if (tokens.slice(Math.max(0, i - 3), i).some((t) => NEGATIONS.has(low(t)))) return;
    const phrase = answerPhrase(tokens, i + 2, tokens.length);
    const next = tokens[phrase?.end ?? -1];
    if (!phrase?.ok || (next !== undefined && !/^[.,;:!?]$/.test(next.text))) return;
    const words = tokens.slice(phrase.start, phrase.end);
    if (words.filter((t) => CONTENT.has(t.pos)).length < 2 || words[0]?.pos === 'PRON') return;
    const answer = textOf(analysis, phrase.start, phrase.end);
    facts.push({
      id: stableId('fact', 'event', sentence.text, answer, 'related-to'),
      kind: 'event',
      sentenceIndex: sentence.index,
      sentenceSpan: sentence.span,
      sentence: sentence.text,
      answerSpan: spanOf(analysis, phrase.start, phrase.end),
      answer,
      aliases: [],
      rule: 'event:related-to',
      actor: '',
      action: textOf(analysis, i, phrase.end),
      when: null,
    });
  });
  return facts;
}) satisfies FactExtractor;
