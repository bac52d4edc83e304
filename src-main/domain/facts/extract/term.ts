/**
 * Term facts: names of policies, labels and concepts, and terms the article defines. The answer is
 * the term as written ("hugs not bullets", "Sea Org"); `denotes` is what it names, in the
 * article's words. A term the article already gave in an earlier sentence is not repeated.
 */
import { stableId } from '../../ids';
import { spaceNonWordRuns } from '../../nlp/word-runs';
import type { ExtractionContext, FactExtractor, SentenceAnalysis } from '../context';
import type { TermFact } from '../model';
import { spanOf, textOf } from './clause';
import { findClauses } from './clause-parse';
import { low, nestedMask } from './clause-tokens';
import { definedCandidates } from './term-defined';
import { classCandidates, labelCandidates, symbolCandidates } from './term-labels';
import { comparedCandidates } from './term-compared';
import { attributiveNameCandidates, glossCandidates, namedKindCandidates, shortFormCandidates } from './term-names';
import { quotedCandidates } from './term-quoted';
import type { TermCandidate } from './term-quoted';

/** Each sentence's candidates, computed once per context: a pure function of the two. */
const candidateMemo = new WeakMap<ExtractionContext, WeakMap<SentenceAnalysis, TermCandidate[]>>();

function candidatesIn(analysis: SentenceAnalysis, context: ExtractionContext): TermCandidate[] {
  let memo = candidateMemo.get(context);
  if (memo === undefined) candidateMemo.set(context, (memo = new WeakMap()));
  let found = memo.get(analysis);
  if (found === undefined) memo.set(analysis, (found = findCandidates(analysis, context)));
  return found;
}

function findCandidates(analysis: SentenceAnalysis, context: ExtractionContext): TermCandidate[] {
  const { tokens } = analysis;
  const nested = nestedMask(tokens);
  const mentions = context.entities.mentionsIn(analysis.sentence.index);
  const quoted = quotedCandidates(tokens, nested);
  const clauses = findClauses(tokens, nested);
  const defined = definedCandidates(tokens, nested, mentions, clauses);
  const owners = attributiveNameCandidates(tokens, nested, mentions, clauses.map((c) => c.subject));
  const named = [...namedKindCandidates(tokens, nested, mentions, context.article.text), ...glossCandidates(tokens), ...shortFormCandidates(tokens), ...labelCandidates(tokens, nested), ...classCandidates(tokens, nested), ...symbolCandidates(tokens, nested), ...comparedCandidates(tokens, nested), ...owners];
  // One candidate per term span; quoted rules first.
  return [...quoted, ...defined, ...named].filter((c, i, all) => all.findIndex((o) => o.term.start === c.term.start && o.term.end === c.term.end) === i);
}

const key = (text: string): string => spaceNonWordRuns(text.toLowerCase()).trim();

/** Whether `earlier` yields the term: its text holds the words and one of its candidates is the term. */
function yields(earlier: SentenceAnalysis, context: ExtractionContext, wanted: string): boolean {
  return key(earlier.sentence.text).includes(wanted) && candidatesIn(earlier, context).some((c) => key(textOf(earlier, c.term.start, c.term.end)) === wanted);
}

/**
 * Per context, the first sentence index yielding each term key, filled in reading order as far as
 * asked (so each sentence's candidates are found once, not once per later term). Sentences over
 * LAZY_CHARS are only checked when their text holds the term, as before, since finding candidates
 * in them is slow. Sentences out of index order fall back to the plain scan.
 */
interface SeenIndex { next: number; readonly first: Map<string, number>; readonly long: SentenceAnalysis[] }
const LAZY_CHARS = 1500;
const seenIndexes = new WeakMap<ExtractionContext, SeenIndex | null>();

function seenIndex(context: ExtractionContext): SeenIndex | null {
  let index = seenIndexes.get(context);
  if (index === undefined) {
    const sorted = context.sentences.every((s, i, all) => i === 0 || (all[i - 1] as SentenceAnalysis).sentence.index < s.sentence.index);
    seenIndexes.set(context, (index = sorted ? { next: 0, first: new Map(), long: [] } : null));
  }
  return index;
}

/** Whether an earlier sentence already yields the same term. */
function seenBefore(analysis: SentenceAnalysis, context: ExtractionContext, term: string): boolean {
  const wanted = key(term);
  const at = analysis.sentence.index;
  const index = seenIndex(context);
  if (index === null) return context.sentences.some((earlier) => earlier.sentence.index < at && yields(earlier, context, wanted));
  for (let earlier = context.sentences[index.next]; earlier !== undefined && earlier.sentence.index < at; earlier = context.sentences[++index.next]) {
    if (earlier.sentence.text.length > LAZY_CHARS) { index.long.push(earlier); continue; }
    const text = key(earlier.sentence.text);
    for (const c of candidatesIn(earlier, context)) {
      const k = key(textOf(earlier, c.term.start, c.term.end));
      if (!index.first.has(k) && text.includes(k)) index.first.set(k, earlier.sentence.index);
    }
  }
  return (index.first.get(wanted) ?? at) < at || index.long.some((earlier) => earlier.sentence.index < at && yields(earlier, context, wanted));
}

export const extractTermFacts = ((analysis, context): TermFact[] => {
  const { sentence, tokens } = analysis;
  const facts: TermFact[] = [];
  for (const candidate of candidatesIn(analysis, context)) {
    const term = textOf(analysis, candidate.term.start, candidate.term.end);
    if (seenBefore(analysis, context, term) || facts.some((f) => key(f.term) === key(term))) continue;
    const withArticle = low(tokens[candidate.term.start - 1]) === 'the' ? [textOf(analysis, candidate.term.start - 1, candidate.term.end)] : [];
    facts.push({
      id: stableId('fact', 'term', sentence.text, term),
      kind: 'term',
      sentenceIndex: sentence.index,
      sentenceSpan: sentence.span,
      sentence: sentence.text,
      answerSpan: spanOf(analysis, candidate.term.start, candidate.term.end),
      answer: term,
      aliases: withArticle,
      rule: candidate.rule,
      term,
      denotes: candidate.denotes ? textOf(analysis, candidate.denotes.start, candidate.denotes.end) : null,
    });
  }
  return facts;
}) satisfies FactExtractor;
