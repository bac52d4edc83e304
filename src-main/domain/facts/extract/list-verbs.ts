/**
 * Lists of predicates sharing a subject: "her administration has announced large-scale drug
 * seizures, increased troop deployments to the US border, and arrested key cartel figures". The
 * items are taken as written (the first without its verb, which the head keeps: "her
 * administration has announced"); every verb must have the form of the head's verb.
 */
import { nounPhraseEnd, NOUN_PREPOSITIONS } from './clause-np';
import { findClauses } from './clause-parse';
import { isPastForm, low, POSSESSIVE_PRONOUNS } from './clause-tokens';
import type { Tokens } from './clause-tokens';
import type { TokenRange } from './event-when';

const PHRASE_PREPOSITIONS = new Set([...NOUN_PREPOSITIONS, 'to', 'into', 'across', 'along', 'with']);
const CLOSERS = new Set(['.', ';', '!', '?', ':', '—', '–']);

export interface VerbList {
  readonly head: TokenRange;
  readonly items: readonly TokenRange[];
}

const objectEnd = (tokens: Tokens, start: number): number => nounPhraseEnd(tokens, start, { prepositions: PHRASE_PREPOSITIONS });

/** A segment [start, end): a past-form verb and its object, or (with `bare`) only an object. */
function segmentFits(tokens: Tokens, start: number, end: number, bare: boolean): boolean {
  if (bare && objectEnd(tokens, start) === end) return true;
  return isPastForm(tokens[start]) && tokens[start]?.pos === 'VERB' && end > start + 1 && objectEnd(tokens, start + 1) === end;
}

export function verbPhraseList(tokens: Tokens, nested: readonly boolean[], conjunction: number): VerbList | null {
  if (!['and', 'or'].includes(low(tokens[conjunction])) || nested[conjunction]) return null;
  const lastStart = conjunction + 1;
  if (!isPastForm(tokens[lastStart]) || tokens[lastStart]?.pos !== 'VERB') return null;
  const lastEnd = objectEnd(tokens, lastStart + 1);
  if (lastEnd === lastStart + 1 || !CLOSERS.has(tokens[lastEnd]?.text ?? '.')) return null;
  const items: TokenRange[] = [{ start: lastStart, end: lastEnd }];
  let cursor = tokens[conjunction - 1]?.text === ',' ? conjunction - 1 : conjunction;
  // Middle segments, back to the one that holds the head's verb.
  for (;;) {
    let comma = cursor - 1;
    while (comma >= 0 && tokens[comma]?.text !== ',' && !CLOSERS.has(tokens[comma]?.text ?? '')) comma -= 1;
    if (comma < 0 || tokens[comma]?.text !== ',' || nested[comma]) break;
    if (!segmentFits(tokens, comma + 1, cursor, true)) break;
    items.unshift({ start: comma + 1, end: cursor });
    cursor = comma;
  }
  // The lead: "… has announced | large-scale drug seizures".
  for (let verb = cursor - 2; verb >= 0 && cursor - verb <= 12; verb -= 1) {
    const token = tokens[verb];
    if (!token || nested[verb] || token.text === ',' || CLOSERS.has(token.text)) return null;
    if (token.pos !== 'VERB') continue;
    if (!isPastForm(token) || objectEnd(tokens, verb + 1) !== cursor) return null;
    items.unshift({ start: verb + 1, end: cursor });
    return items.length >= 3 ? { head: { start: clauseHeadStart(tokens, nested, verb), end: verb + 1 }, items } : null;
  }
  return null;
}

/** Where a head built on the verb at `verb` starts: its clause's subject, unless that is a bare pronoun. */
export function clauseHeadStart(tokens: Tokens, nested: readonly boolean[], verb: number): number {
  const around = findClauses(tokens, nested).filter((c) => c.verb.start <= verb && verb < Math.max(c.verb.end, c.end));
  const clause = around.sort((a, b) => b.verb.start - a.verb.start)[0];
  if (!clause) return verb;
  const first = tokens[clause.subject.start];
  const pronoun = first?.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(low(first));
  return pronoun || clause.subject.start > verb ? clause.verb.start : clause.subject.start;
}
