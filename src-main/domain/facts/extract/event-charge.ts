/**
 * The charge in a legal report: "are undergoing trial for [manslaughter] by gross negligence",
 * "was charged with [fraud]", "convicted of [drug trafficking]", "pleaded guilty to [perjury]".
 * The offence is a noun phrase right after the legal verb and its preposition; a gerund ("charged
 * with taking …") is an action, left to the object rules, and a time ("arrested for the first
 * time") is no offence.
 */
import { stableId } from '../../ids';
import type { FactExtractor } from '../context';
import type { EventFact } from '../model';
import { spanOf, textOf } from './clause';
import { nounPhraseEnd } from './clause-np';
import { low, nestedMask, wordCount } from './clause-tokens';
import type { Tokens } from './clause-tokens';

const MAX_WORDS = 5;
/** Legal words and the preposition that introduces the offence after them. */
const CHARGING: ReadonlyMap<string, readonly string[]> = new Map([
  ['charged', ['with']], ['accused', ['of']], ['convicted', ['of']], ['acquitted', ['of']], ['cleared', ['of']], ['guilty', ['of', 'to']],
  ['arrested', ['for']], ['tried', ['for']], ['trial', ['for']], ['indicted', ['for', 'on']], ['jailed', ['for']], ['imprisoned', ['for']],
  ['prosecuted', ['for']], ['sentenced', ['for']], ['suspected', ['of']], ['suspicion', ['of']], ['extradited', ['for']],
]);
const NOT_OFFENCES = new Set(['time', 'times', 'first', 'second', 'years', 'months', 'weeks', 'days', 'life', 'part', 'role', 'way', 'reasons', 'reason', 'involvement', 'links', 'ties', 'questioning']);

/** The end of the offence phrase starting at `from`, or null when none starts there. */
function offenceEnd(tokens: Tokens, from: number): number | null {
  const first = tokens[from];
  if (!first || !['NOUN', 'ADJ'].includes(first.pos) || first.pos === 'ADJ' && tokens[from + 1]?.pos !== 'NOUN') return null;
  let end = nounPhraseEnd(tokens, from, { prepositions: new Set(['of']) });
  // "charged with fraud and bribery": two offences are one answer.
  if (end > from && ['and', 'or'].includes(low(tokens[end])) && tokens[end + 1]?.pos === 'NOUN') end = nounPhraseEnd(tokens, end + 1, { prepositions: new Set(['of']) });
  const words = tokens.slice(from, end);
  const next = tokens[end];
  if (end === from || wordCount(tokens, from, end) > MAX_WORDS || words.some((t) => t.pos === 'PROPN' || t.pos === 'NUM' || t.entity !== null || NOT_OFFENCES.has(low(t)))) return null;
  return next === undefined || ['PUNCT', 'ADP', 'CCONJ', 'SCONJ'].includes(next.pos) ? end : null;
}

export const extractChargeFacts = ((analysis): EventFact[] => {
  const { tokens, sentence } = analysis;
  const nested = nestedMask(tokens);
  const facts: EventFact[] = [];
  tokens.forEach((token, k) => {
    const prepositions = CHARGING.get(low(token));
    if (nested[k] || prepositions === undefined || !prepositions.includes(low(tokens[k + 1]))) return;
    const end = offenceEnd(tokens, k + 2);
    if (end === null) return;
    const answer = textOf(analysis, k + 2, end);
    facts.push({
      id: stableId('fact', 'event', sentence.text, answer, 'charge'),
      kind: 'event',
      sentenceIndex: sentence.index,
      sentenceSpan: sentence.span,
      sentence: sentence.text,
      answerSpan: spanOf(analysis, k + 2, end),
      answer,
      aliases: [],
      rule: 'event:charge',
      actor: '',
      action: textOf(analysis, k, end),
      when: null,
    });
  });
  return facts;
}) satisfies FactExtractor;
