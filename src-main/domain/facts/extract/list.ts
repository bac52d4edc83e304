/**
 * List facts: enumerations with a clear head. Either a trigger names what is enumerated ("The
 * sanctioned groups include A, B, …, and G"; "cartels, including …"; "such as"; "are"; a colon),
 * or a verb or preposition governs the items ("studied medicine at Basel, Heidelberg, and
 * Strasbourg", "by land, air, or sea"), or the items are predicates sharing one subject ("has
 * announced A, increased B, and arrested C"). Two items are enough when they are clearly parallel
 * noun phrases ("to combat narcotics trafficking and illegal migration"); a coordination inside a
 * name ("Procter and Gamble") or of adjectives ("quick and cheap") is no list.
 */
import { stableId } from '../../ids';
import type { ExtractionContext, FactExtractor, SentenceAnalysis } from '../context';
import type { ListFact } from '../model';
import { spanOf, textOf } from './clause';
import { nestedMask } from './clause-tokens';
import type { Tokens } from './clause-tokens';
import type { TokenRange } from './event-when';
import { listHead } from './list-head';
import { coordinationAt } from './list-items';
import type { Coordination } from './list-items';
import { hasNounHead, headRange, isBareItem, isName, isPlainItem, sharedHead, sharesCommonHead, trimItem } from './list-shape';
import { verbPhraseList } from './list-verbs';

interface Found {
  readonly head: string;
  readonly items: readonly TokenRange[];
  readonly rule: string;
}

export const extractListFacts = ((analysis, context): ListFact[] => {
  const { tokens } = analysis;
  const nested = nestedMask(tokens);
  const facts: ListFact[] = [];
  tokens.forEach((_, i) => {
    const found = nounList(analysis, context, nested, i) ?? verbList(analysis, nested, i);
    if (!found) return;
    const fact = toFact(analysis, found);
    if (!facts.some((f) => f.answer === fact.answer || overlaps(f, fact))) facts.push(fact);
  });
  return facts;
}) satisfies FactExtractor;

const overlaps = (a: ListFact, b: ListFact): boolean => a.answerSpan.start < b.answerSpan.end && b.answerSpan.start < a.answerSpan.end;

function nounList(analysis: SentenceAnalysis, context: ExtractionContext, nested: readonly boolean[], i: number): Found | null {
  const { tokens } = analysis;
  const coordination = coordinationAt(tokens, nested, i);
  const head = coordination ? listHead(analysis, nested, coordination) : null;
  if (!coordination || !head) return null;
  const ranges = [head.firstItem, ...coordination.rest];
  // "its cheese and wine": a possessive before the first item only is shared by all of them.
  const bare = coordination.rest.every((r) => !['DET', 'PRON'].includes(tokens[r.start]?.pos ?? ''));
  let items = ranges.map((r, k) => trimItem(tokens, r, k === 0, bare));
  const headSpan = headRange(tokens, head.head);
  let headText = textOf(analysis, headSpan.start, headSpan.end);
  // "the Jalisco New Generation and Sinaloa organizations": the last noun heads both names.
  const shared = items.length === 2 && items[0] && items[1] ? sharedHead(tokens, items[0], items[1]) : null;
  if (shared) {
    items = [items[0] as TokenRange, shared.last];
    headText = textOf(analysis, shared.head.start, shared.head.end);
  }
  if (!items.every((r) => isPlainItem(tokens, r) && hasNounHead(tokens, r))) return null;
  // Numbers are the number rule's; a bare noun sharing the last item's noun is no item of its own.
  if (items.every((r) => tokens[r.end - 1]?.pos === 'NUM') || (items[0] && items[1] && sharesCommonHead(tokens, items[0], items[items.length - 1] as TokenRange))) return null;
  // Without a trigger, common-noun items must be bare and parallel ("by land, air, or sea").
  if (head.rule === 'list:governed' && !items.every((r) => isName(tokens, r)) && !items.every((r) => isBareItem(tokens, r) && tokens[r.end - 1]?.pos !== 'NUM')) return null;
  if (items.length === 2 && !pairAllowed(analysis, context, coordination, items, shared !== null)) return null;
  return { head: headText, items, rule: head.rule };
}

function verbList(analysis: SentenceAnalysis, nested: readonly boolean[], i: number): Found | null {
  const list = verbPhraseList(analysis.tokens, nested, i);
  if (!list) return null;
  const items = list.items.map((r, k) => (k === 0 ? trimItem(analysis.tokens, r, true) : r));
  if (!items.every((r) => isPlainItem(analysis.tokens, r))) return null;
  return { head: textOf(analysis, list.head.start, list.head.end), items, rule: 'list:predicates' };
}

/** Two common-noun items joined without a comma, the phrase ending the clause or going on with a preposition. */
function parallelPair(tokens: Tokens, coordination: Coordination): boolean {
  const last = coordination.rest[coordination.rest.length - 1];
  const after = tokens[last?.end ?? -1];
  return after === undefined || ['PUNCT', 'ADP', 'SCONJ', 'CCONJ'].includes(after.pos);
}

/**
 * Two items: not "A, and B"; not a new clause's subject ("apples and pears were"); and two
 * single capitalised words only when the article names each elsewhere ("Procter and Gamble" is one name).
 */
function pairAllowed(analysis: SentenceAnalysis, context: ExtractionContext, coordination: Coordination, items: readonly TokenRange[], headed: boolean): boolean {
  const { tokens } = analysis;
  const conjunction = (coordination.rest[0]?.start ?? 0) - 1;
  if (tokens[conjunction - 1]?.text === ',' || !parallelPair(tokens, coordination)) return false;
  const [a, b] = items.map((r) => textOf(analysis, r.start, r.end));
  if (a === undefined || b === undefined || a.toLowerCase() === b.toLowerCase()) return false;
  const single = items.every((r) => r.end - r.start === 1 && /^\p{Lu}/u.test(tokens[r.start]?.text ?? ''));
  if (!single || headed) return true;
  const text = context.article.text;
  const elsewhere = (name: string): boolean => text.split(name).length > 2 || context.entities.mentionsIn(analysis.sentence.index).some((m) => m.text === name && m.type !== 'other');
  return elsewhere(a) && elsewhere(b);
}

function toFact(analysis: SentenceAnalysis, found: Found): ListFact {
  const itemTexts = found.items.map((r) => textOf(analysis, r.start, r.end));
  const itemSpans = found.items.map((r) => spanOf(analysis, r.start, r.end));
  const answer = itemTexts.join('; ');
  const { sentence } = analysis;
  return {
    id: stableId('fact', 'list', sentence.text, answer),
    kind: 'list',
    sentenceIndex: sentence.index,
    sentenceSpan: sentence.span,
    sentence: sentence.text,
    answerSpan: { start: itemSpans[0]?.start ?? sentence.span.start, end: itemSpans[itemSpans.length - 1]?.end ?? sentence.span.start },
    answer,
    aliases: [],
    rule: found.rule,
    head: found.head,
    items: itemTexts,
    itemSpans,
  };
}
