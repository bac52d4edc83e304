/**
 * The predicate of an event, as written: from the verb group to the end of its clause, trimmed
 * to one readable fact. Reported words in quotation marks belong to the quote extractor, and a
 * pronoun nobody can resolve ("has replaced it with …") makes the action unusable.
 */
import { embeddedComplete, startsClause, trimPredicate, trimTail } from './clause';
import type { Clause } from './clause';
import { isQuoteMark, low, wordCount } from './clause-tokens';
import type { Tokens } from './clause-tokens';
import type { TokenRange } from './event-when';

const DISCOURSE = new Set(['also', 'instead', 'then', 'however', 'meanwhile', 'subsequently', 'therefore', 'thus', 'now', 'still', 'further', 'too', 'later', 'soon']);
export const SAYING = new Set(['say', 'tell', 'state', 'declare', 'add', 'write', 'claim', 'assert', 'ask', 'reply', 'explain', 'conclude', 'note']);
export const REPORTING = new Set(['confirm', 'announce', 'reveal', 'report', 'suggest', 'argue', 'indicate', 'deny', 'admit', 'realise', 'realize', 'learn', 'know', 'believe', 'think', 'recall', 'insist', 'warn']);
const PERSONAL = new Set(['i', 'me', 'we', 'us', 'you', 'he', 'him', 'she', 'her', 'it', 'they', 'them', 'this', 'these', 'those']);
const CUTS = new Set(['where', 'which', 'who', 'when', 'while', 'after', 'before', 'because', 'as', 'since', 'until', 'and', 'but', ',']);

/** A pronoun standing for someone or something the card would not name ("her" before a noun is a possessive). */
function isUnresolved(tokens: Tokens, i: number): boolean {
  const token = tokens[i];
  if (!token || token.pos !== 'PRON' || !PERSONAL.has(low(token))) return false;
  const next = tokens[i + 1];
  return !(low(token) === 'her' && next !== undefined && ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(next.pos));
}

export function actionRange(tokens: Tokens, nested: readonly boolean[], clause: Clause): TokenRange | null {
  let start = clause.verb.start;
  while (start < clause.verb.verbStart && DISCOURSE.has(low(tokens[start]))) start += 1;
  // The clause stops at an opening quotation mark: what follows is someone's words, not the event.
  const stop = tokens[clause.end]?.text === ',' ? clause.end + 1 : clause.end;
  if (isQuoteMark(tokens[stop]) && nested[stop]) return null;
  let end = trimPredicate(tokens, nested, start, trimTail(tokens, start, clause.end));
  if (end < 0) return null;
  end = trimTail(tokens, start, end);
  for (let i = start; i < end; i += 1) {
    if (!isUnresolved(tokens, i)) continue;
    let cut = i;
    while (cut > start && !CUTS.has(low(tokens[cut]))) cut -= 1;
    if (cut <= start || !embeddedComplete(tokens, start, cut)) return null;
    end = trimTail(tokens, start, cut);
    break;
  }
  if (!embeddedComplete(tokens, start, end)) return null;
  const words = wordCount(tokens, start, end);
  const last = tokens[end - 1];
  if (words < 2 || !last || ['ADP', 'DET', 'AUX', 'PART'].includes(last.pos)) return null;
  if (SAYING.has(tokens[clause.verb.head]?.lemma ?? '') && words < 4) return null;
  return { start, end };
}

/**
 * Where a reported clause starts after a verb of saying ("stated [Montalvo left … on September
 * 24]"): a date inside it dates the reported event, not the saying.
 */
export function complementStart(tokens: Tokens, clause: Clause, action: TokenRange): number {
  if (!SAYING.has(tokens[clause.verb.head]?.lemma ?? '') && !REPORTING.has(tokens[clause.verb.head]?.lemma ?? '')) return action.end;
  for (let i = clause.verb.end; i < action.end; i += 1) {
    if (low(tokens[i]) === 'that' || startsClause(tokens, i)) return i;
  }
  return action.end;
}
