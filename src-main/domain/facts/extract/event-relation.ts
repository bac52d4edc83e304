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
import type { Tokens } from './clause-tokens';
import { answerPhrase } from './event-phrase';

const RELATION = new Set(['relate', 'link', 'connect', 'attribute']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
const CONTENT = new Set(['NOUN', 'PROPN', 'ADJ']);

const STOP = /^[.,;:!?]$/;
const MAX_WORDS = 8;
const PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const LINKS = new Set(['of', 'in', 'at', 'on', 'for', 'from']);

/**
 * The phrase after "related to", running to the end of its clause: a whole noun phrase, or a
 * short stretch of nouns, adjectives, possessives and "of"/"in"-links ending on a noun
 * ("fluid's pressure in the pipe", which the tagger reads as adjective + possessive).
 */
function relatedPhrase(tokens: Tokens, start: number): { start: number; end: number } | null {
  const ends = (k: number): boolean => tokens[k] === undefined || STOP.test(tokens[k]?.text ?? '');
  const phrase = answerPhrase(tokens, start, tokens.length);
  // A noun phrase that stops short of the clause's end ("fluid's pressure" + "in the pipe") is
  // read again below as a stretch with links.
  if (phrase?.ok && ends(phrase.end)) return phrase;
  let end = start;
  while (!ends(end) && end - start < MAX_WORDS + 1) end += 1;
  const words = tokens.slice(start, end);
  const last = words[words.length - 1];
  const shaped = words.every((t) => PHRASE_TAGS.has(t.pos) || t.pos === 'PART' && /^['’]s$/.test(t.text) || (t.pos === 'ADP' && LINKS.has(low(t))));
  return ends(end) && words.length > 0 && words.length <= MAX_WORDS && shaped && (last?.pos === 'NOUN' || last?.pos === 'PROPN') && words[0]?.pos !== 'ADP' ? { start, end } : null;
}

export const extractRelationFacts = ((analysis): EventFact[] => {
  const { tokens, sentence } = analysis;
  const nested = nestedMask(tokens);
  const facts: EventFact[] = [];
  tokens.forEach((token, i) => {
    if (nested[i] || !RELATION.has(token.lemma.toLowerCase()) || !/(ed|ing)$/i.test(token.text) || low(tokens[i + 1]) !== 'to') return;
    if (tokens.slice(Math.max(0, i - 3), i).some((t) => NEGATIONS.has(low(t)))) return;
    const phrase = relatedPhrase(tokens, i + 2);
    if (phrase === null) return;
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
