/**
 * Where an answer sits in its clause: the whole subject, the object right after the verb, or the
 * object of a preposition attached to the verb. Anything else (inside a longer noun phrase, in a
 * verbless fragment) is not located, and no wh-question is written for it.
 */
import type { Token } from '../../nlp/tokens';
import { clauseAround, isBoundary, type Clause } from './clause';
import { clauseForAdjunct } from './clause-adjunct';
import type { Range } from './interrogative';
import { isDeterminerLike, nounPhraseEnd } from './phrases';

export type Role = 'subject' | 'object' | 'prepositional';

export interface Located {
  readonly clause: Clause;
  readonly role: Role;
  /** What the question removes: the answer with its determiner (and preposition). */
  readonly removed: Range;
  readonly preposition: string | null;
  /** The preposition can be left at the end ("… for?"): nothing follows it in the clause. */
  readonly atClauseEnd: boolean;
}

/** Words that may stand before a subject answer and go with it ("the", "Mexican President"). */
function onlyModifiersBefore(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    const token = tokens[k] as Token;
    if (!(isDeterminerLike(token) || ['ADJ', 'PROPN', 'NOUN'].includes(token.pos))) return false;
  }
  return true;
}

export function locate(tokens: readonly Token[], answer: Range): Located | null {
  const [first, last] = answer;
  // An answer that spans punctuation (a quote, a list) is not one constituent; one fused to a
  // neighbour by a hyphen ("self-medicating") is part of a word.
  if (tokens.slice(first, last + 1).some(isBoundary)) return null;
  if (tokens[first - 1]?.text === '-' || tokens[last + 1]?.text === '-') return null;
  const clause = clauseAround(tokens, first, last) ?? clauseForAdjunct(tokens, first, last);
  if (clause === null) return null;
  const [subjectStart, subjectEnd] = clause.subject;
  if (first >= subjectStart && last <= subjectEnd) {
    if (last !== subjectEnd || !onlyModifiersBefore(tokens, subjectStart, first)) return null;
    return { clause, role: 'subject', removed: [subjectStart, subjectEnd], preposition: null, atClauseEnd: false };
  }
  if (first <= clause.verbs.last) return null;
  const before = tokens[first - 1];
  const determinerStart = isDeterminerLike(before) ? first - 1 : first;
  const npEnd = nounPhraseEnd(tokens, last, clause.end);
  if (npEnd !== last) return null;
  if (determinerStart === clause.verbs.last + 1) {
    return { clause, role: 'object', removed: [determinerStart, last], preposition: null, atClauseEnd: last === clause.end };
  }
  const preposition = tokens[determinerStart - 1];
  if (preposition?.pos !== 'ADP' || preposition.text.toLowerCase() === 'of') return null;
  const removed: Range = [determinerStart - 1, last];
  return { clause, role: 'prepositional', removed, preposition: preposition.text.toLowerCase(), atClauseEnd: last >= clause.end };
}
