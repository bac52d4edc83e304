/**
 * List facts: enumerations of three or more noun phrases with a clear head. Either a trigger
 * names what is enumerated ("The sanctioned groups include A, B, …, and G"; "cartels, including
 * …"; "such as"; "are"; a colon), or every item is a proper name ("studied medicine at Basel,
 * Heidelberg, and Strasbourg"). Common-noun lists without a trigger ("by land, air, or sea")
 * have no head a question could ask about, so they are left alone.
 */
import { stableId } from '../../ids';
import type { FactExtractor, SentenceAnalysis } from '../context';
import type { ListFact } from '../model';
import { spanOf, textOf } from './clause';
import { ARTICLES, low, nestedMask, wordCount } from './clause-tokens';
import type { Tokens } from './clause-tokens';
import type { TokenRange } from './event-when';
import { listHead } from './list-head';
import type { ListHead } from './list-head';
import { coordinationAt } from './list-items';

const MAX_ITEM_WORDS = 12;

export const extractListFacts = ((analysis): ListFact[] => {
  const { tokens } = analysis;
  const nested = nestedMask(tokens);
  const facts: ListFact[] = [];
  tokens.forEach((_, i) => {
    const coordination = coordinationAt(tokens, nested, i);
    const head = coordination ? listHead(analysis, nested, coordination) : null;
    if (!coordination || !head) return;
    const items = [head.firstItem, ...coordination.rest].map((r) => withoutArticle(tokens, r));
    if (items.length < 3 || !items.every((r) => isPlainItem(tokens, r))) return;
    if (head.rule === 'list:names' && !items.every((r) => isName(tokens, r))) return;
    const fact = toFact(analysis, head, items);
    if (!facts.some((f) => f.answer === fact.answer)) facts.push(fact);
  });
  return facts;
}) satisfies FactExtractor;

function toFact(analysis: SentenceAnalysis, head: ListHead, items: readonly TokenRange[]): ListFact {
  const itemTexts = items.map((r) => textOf(analysis, r.start, r.end));
  const itemSpans = items.map((r) => spanOf(analysis, r.start, r.end));
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
    rule: head.rule,
    head: textOf(analysis, head.head.start, head.head.end),
    items: itemTexts,
    itemSpans,
  };
}

/** "the Gulf Cartel" is asked and answered as "Gulf Cartel". */
function withoutArticle(tokens: Tokens, range: TokenRange): TokenRange {
  return ARTICLES.has(low(tokens[range.start])) && range.end - range.start > 1 ? { start: range.start + 1, end: range.end } : range;
}

/** One thing per item: no nested "and"/"or", no pronoun, not a whole clause. */
function isPlainItem(tokens: Tokens, range: TokenRange): boolean {
  const inner = tokens.slice(range.start, range.end);
  return range.end > range.start && wordCount(tokens, range.start, range.end) <= MAX_ITEM_WORDS &&
    !inner.some((t) => (t.pos === 'CCONJ' && t.text !== '&') || t.pos === 'AUX' || t.pos === 'SCONJ' || (t.pos === 'PRON' && !['its', 'his', 'her', 'their'].includes(low(t))));
}

/**
 * A proper name: capitalised words and numbers ("Jalisco New Generation Cartel", "MS-13"), with
 * lower-case links only inside ("University of Texas at Austin").
 */
function isName(tokens: Tokens, range: TokenRange): boolean {
  const words = tokens.slice(range.start, range.end).filter((t) => t.kind === 'word' || t.kind === 'number');
  const capital = (text: string | undefined): boolean => /^[\p{Lu}\d]/u.test(text ?? '');
  return words.length > 0 && words.some((t) => t.pos === 'PROPN') && capital(words[0]?.text) && capital(words[words.length - 1]?.text) &&
    words.every((t) => capital(t.text) || t.pos === 'PART' || t.pos === 'ADP' || t.pos === 'DET');
}
