/** Clauses for answers set off by commas at a sentence's edge. */
import type { Token } from '../../nlp/tokens';
import { clauseAround, type Clause } from './clause';
import { findVerbGroup, isBoundary } from './verbs';

/**
 * A prepositional phrase set off by commas at the edge of a sentence ("…, in 2004." / "In 2012, …")
 * belongs to the neighbouring clause; returns that clause, extended over the phrase.
 */
export function clauseForAdjunct(tokens: readonly Token[], first: number, last: number): Clause | null {
  const own = clauseAround(tokens, first, last);
  if (own !== null) return own;
  let chunkStart = first;
  while (chunkStart > 0 && !isBoundary(tokens[chunkStart - 1])) chunkStart -= 1;
  let chunkEnd = last;
  while (chunkEnd + 1 < tokens.length && !isBoundary(tokens[chunkEnd + 1])) chunkEnd += 1;
  if (tokens[chunkStart]?.pos !== 'ADP' || findVerbGroup(tokens, chunkStart, chunkEnd) !== null) return null;
  const before = tokens[chunkStart - 1];
  const after = tokens[chunkEnd + 1];
  const atEnd = before?.text === ',' && after !== undefined && /^[.!?]$/.test(after.text) && chunkEnd + 2 === tokens.length;
  if (atEnd) {
    const host = clauseAround(tokens, chunkStart - 2, chunkStart - 2);
    if (host === null || host.opener !== null || host.end !== chunkStart - 2) return null;
    return { ...host, end: chunkEnd };
  }
  if (chunkStart === 0 && after?.text === ',') {
    const host = clauseAround(tokens, chunkEnd + 2, chunkEnd + 2);
    if (host === null || host.start !== chunkEnd + 2) return null;
    return host;
  }
  return null;
}
