/**
 * What a list enumerates, and where its first item starts. A trigger word decides: the subject of
 * "include"/"comprise"/"are", the noun phrase before "including"/"such as" or a colon. Without a
 * trigger, a list of proper names takes the governing clause as its head ("Daniel studied
 * medicine at"), which is all a question needs: "Where did Daniel study medicine?".
 */
import type { SentenceAnalysis } from '../context';
import { nounPhraseStart, NOUN_PREPOSITIONS } from './clause-np';
import { findClauses } from './clause-parse';
import { low, POSSESSIVE_PRONOUNS, UNRESOLVED_PRONOUNS } from './clause-tokens';
import type { Tokens } from './clause-tokens';
import type { TokenRange } from './event-when';
import { itemEnd } from './list-items';
import type { Coordination } from './list-items';

export interface ListHead {
  readonly head: TokenRange;
  readonly firstItem: TokenRange;
  readonly rule: string;
}

const INCLUDE = new Set(['include', 'includes', 'included', 'comprise', 'comprises', 'comprised', 'encompass', 'encompasses']);
const COPULA = new Set(['are', 'were']);
const CONSIST = new Set(['consist', 'compose', 'comprise', 'make']);

/** The noun phrase ending just before `end` (skipping a comma), unless it is missing or a pronoun. */
function phraseBefore(tokens: Tokens, end: number): TokenRange | null {
  let e = end;
  while (e > 0 && (tokens[e - 1]?.text === ',' || tokens[e - 1]?.pos === 'ADV' || tokens[e - 1]?.pos === 'AUX')) e -= 1;
  const start = nounPhraseStart(tokens, e, NOUN_PREPOSITIONS);
  if (start >= e) return null;
  const first = low(tokens[start]);
  if (e - start === 1 && tokens[start]?.pos === 'PRON' && (UNRESOLVED_PRONOUNS.has(first) || POSSESSIVE_PRONOUNS.has(first))) return null;
  return { start, end: e };
}

function triggerAt(tokens: Tokens, k: number): { rule: string; headEnd: number } | null {
  const word = low(tokens[k]);
  const token = tokens[k];
  if (!token) return null;
  if (INCLUDE.has(word) && token.pos === 'VERB') return { rule: 'list:include', headEnd: k };
  if (word === 'including') return { rule: 'list:including', headEnd: k };
  if (word === 'as' && low(tokens[k - 1]) === 'such') return { rule: 'list:such-as', headEnd: k - 1 };
  if (word === 'of' && CONSIST.has(tokens[k - 1]?.lemma ?? '')) return { rule: 'list:include', headEnd: k - 1 };
  if (word === 'namely') return { rule: 'list:namely', headEnd: k };
  if (COPULA.has(word) && token.pos === 'AUX') return { rule: 'list:copula', headEnd: k };
  return null;
}

export function listHead(analysis: SentenceAnalysis, nested: readonly boolean[], list: Coordination): ListHead | null {
  const { tokens } = analysis;
  const { lead } = list;
  // A colon before the lead: "two technologies: the carburetor, …".
  if (tokens[lead.start - 1]?.text === ':') {
    const head = phraseBefore(tokens, lead.start - 1);
    return head && fits(tokens, lead.start, lead.end, list) ? { head, firstItem: lead, rule: 'list:colon' } : null;
  }
  for (let k = lead.end - 1; k >= lead.start; k -= 1) {
    if (nested[k]) continue;
    const trigger = triggerAt(tokens, k);
    if (!trigger) continue;
    const head = phraseBefore(tokens, trigger.headEnd);
    const firstItem = { start: k + 1, end: lead.end };
    return head && fits(tokens, firstItem.start, firstItem.end, list) ? { head, firstItem, rule: trigger.rule } : null;
  }
  return namesHead(analysis, nested, list);
}

const fits = (tokens: Tokens, start: number, end: number, list: Coordination): boolean =>
  end > start && (itemEnd(tokens, start, false) === end || (list.withPhrases && itemEnd(tokens, start, true) === end));

/** A list of names with no trigger: the clause that governs it is the head. */
function namesHead(analysis: SentenceAnalysis, nested: readonly boolean[], list: Coordination): ListHead | null {
  const { tokens } = analysis;
  let start = list.lead.end;
  while (start > list.lead.start && (tokens[start - 1]?.pos === 'PROPN' || tokens[start - 1]?.pos === 'NUM' || tokens[start - 1]?.text === '-')) start -= 1;
  if (low(tokens[start - 1]) === 'the') start -= 1;
  if (start === list.lead.end || !fits(tokens, start, list.lead.end, list)) return null;
  // Names governed by a verb or a preposition; after a noun they are one title ("his book Guns,
  // Germs and Steel") or an appositive, not a list.
  if (!['ADP', 'VERB'].includes(tokens[start - 1]?.pos ?? '')) return null;
  const clause = findClauses(tokens, nested).find((c) => c.verb.start < start && c.end >= list.lead.end);
  if (!clause) return null;
  const subjectFirst = tokens[clause.subject.start];
  const headStart = subjectFirst && subjectFirst.pos !== 'PRON' ? clause.subject.start : clause.verb.start;
  // The head must lead straight into the first item, and say something beyond a verb.
  if (start - headStart < 2) return null;
  return { head: { start: headStart, end: start }, firstItem: { start, end: list.lead.end }, rule: 'list:names' };
}
