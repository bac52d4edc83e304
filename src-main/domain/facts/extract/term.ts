/**
 * Term facts: names of policies, labels and concepts, and terms the article defines. The answer is
 * the term as written ("hugs not bullets", "Sea Org"); `denotes` is what it names, in the
 * article's words. A term the article already gave in an earlier sentence is not repeated.
 */
import { stableId } from '../../ids';
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

function candidatesIn(analysis: SentenceAnalysis, context: ExtractionContext): TermCandidate[] {
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

const key = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Whether an earlier sentence already yields the same term (checked only where the words recur). */
function seenBefore(analysis: SentenceAnalysis, context: ExtractionContext, term: string): boolean {
  const wanted = key(term);
  return context.sentences.some((earlier) =>
    earlier.sentence.index < analysis.sentence.index && key(earlier.sentence.text).includes(wanted) &&
    candidatesIn(earlier, context).some((c) => key(textOf(earlier, c.term.start, c.term.end)) === wanted));
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
