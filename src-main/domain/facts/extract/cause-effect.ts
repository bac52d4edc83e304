/**
 * Shared pieces of the cause rules: the candidate they produce, and the clause a reason or a
 * purpose explains, rendered as the article words it ("Mexico has ramped up cooperation in the
 * fight against cartels", subject and predicate joined across an appositive).
 */
import type { SentenceAnalysis } from '../context';
import { textOf, trimPredicate, trimTail } from './clause';
import type { Clause } from './clause';
import type { FoundClause } from './clause-parse';
import { low, POSSESSIVE_PRONOUNS, UNRESOLVED_PRONOUNS, wordCount } from './clause-tokens';
import type { TokenRange } from './event-when';

export interface CauseCandidate {
  /** The reason or purpose, exactly as written: the answer. */
  readonly cause: TokenRange;
  /** The answer when it is not the cause: the effect of a result or condition ("[severe malnutrition]"). */
  readonly answer?: TokenRange;
  readonly effect: string;
  readonly relation: 'reason' | 'purpose';
  readonly rule: string;
  /** Where the relation is stated, to find a claim verb governing it. */
  readonly at: number;
}

/** Everything the rules look at, computed once per sentence. */
export interface CauseScope {
  readonly analysis: SentenceAnalysis;
  readonly nested: readonly boolean[];
  readonly clauses: readonly FoundClause[];
}

/** A subject a reader can identify: not "it", "they", "I" or "this". */
export function hasClearSubject(scope: CauseScope, clause: Clause): boolean {
  const first = scope.analysis.tokens[clause.subject.start];
  if (!first) return false;
  const word = low(first);
  // By tag, not spelling: "US" the country is not "us".
  const pronoun = first.pos === 'PRON' || (first.pos === 'DET' && ['this', 'that', 'these', 'those'].includes(word) && clause.subject.end - clause.subject.start === 1);
  return !(pronoun && UNRESOLVED_PRONOUNS.has(word) && !POSSESSIVE_PRONOUNS.has(word)) && !['which', 'who', 'that', 'what'].includes(word);
}

/** "Subject predicate…" up to `end`, skipping any appositive between subject and verb. */
export function clauseText(scope: CauseScope, clause: Clause, end: number): string | null {
  const { tokens } = scope.analysis;
  const stop = trimTail(tokens, clause.verb.start, end);
  const trimmed = trimPredicate(tokens, scope.nested, clause.verb.start, stop, 25);
  if (trimmed < 0 || wordCount(tokens, clause.verb.start, trimmed) < 1) return null;
  const subject = textOf(scope.analysis, clause.subject.start, clause.subject.end);
  const predicate = textOf(scope.analysis, clause.verb.start, trimTail(tokens, clause.verb.start, trimmed));
  if (clause.subject.end === clause.verb.start) return textOf(scope.analysis, clause.subject.start, trimTail(tokens, clause.verb.start, trimmed));
  return `${subject} ${predicate}`;
}

const PERSONAL = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

/**
 * A clear subject, or a personal pronoun kept as written: "they should be declared not guilty due
 * to …" is still a reason stated by the text; whether "they" can be asked is the writer's call.
 */
export function hasReadableSubject(scope: CauseScope, clause: Clause): boolean {
  const first = scope.analysis.tokens[clause.subject.start];
  const pronoun = clause.subject.end - clause.subject.start === 1 && first?.pos === 'PRON' && PERSONAL.has(low(first));
  return pronoun || hasClearSubject(scope, clause);
}

/** The clause that ends where a marker starts ("…, because …"), with a clear (or, if allowed, pronoun) subject. */
export function clauseEndingAt(scope: CauseScope, marker: number, pronounOk = false): FoundClause | null {
  const candidates = scope.clauses.filter((c) => c.verb.end <= marker && c.end >= marker - 1 && c.subject.start < marker);
  const nearest = candidates.sort((a, b) => b.subject.start - a.subject.start)[0];
  return nearest && (pronounOk ? hasReadableSubject(scope, nearest) : hasClearSubject(scope, nearest)) ? nearest : null;
}

/** The main clause after a fronted clause ("Because it rained, [the match was cancelled]"). */
export function mainClauseAfter(scope: CauseScope, from: number): FoundClause | null {
  const main = scope.clauses.find((c) => c.subject.start > from && c.marker === null);
  return main && hasClearSubject(scope, main) ? main : null;
}

/** A cause that is only a pronoun or a pointer ("this") tells the learner nothing. */
export function isVagueCause(scope: CauseScope, cause: TokenRange): boolean {
  const words = scope.analysis.tokens.slice(cause.start, cause.end).filter((t) => t.kind === 'word');
  if (words.length === 0) return true;
  const content = words.filter((t) => !['DET', 'ADP', 'PART', 'PRON', 'AUX', 'CCONJ'].includes(t.pos));
  return content.length === 0 || words.some((t) => ['this', 'it', 'these', 'those'].includes(low(t)) && t.pos === 'PRON');
}

/** Where a purpose phrase stops: the next clause boundary, trimmed to about 20 words. */
export function causeEnd(scope: CauseScope, start: number): number {
  const { tokens } = scope.analysis;
  let end = start + 1;
  while (end < tokens.length && !scope.nested[end] && ![',', ';', ':', '—', '–', '.', '!', '?'].includes(tokens[end]?.text ?? '')) end += 1;
  const trimmed = trimPredicate(tokens, scope.nested, start, end);
  return trimmed < 0 ? -1 : trimTail(tokens, start, trimmed);
}
