/**
 * The clauses whose objects may be asked, and who did it. Besides main, coordinated and
 * subordinate clauses, reported clauses count: "confirmed that [the US has been using drones …]"
 * and, without "that", "suggested [the move could justify …]". Who did it is read in
 * event-subject.ts. A modal is only read inside such a
 * reported clause (the report is the fact); hypotheses, negations and hedged claims are left out.
 */
import type { Token } from '../../nlp/tokens';
import type { SentenceAnalysis } from '../context';
import { SUBORDINATORS } from './clause';
import { nounPhraseEnd } from './clause-np';
import { clauseAt, findClauses } from './clause-parse';
import { commaAfter } from './clause-start';
import type { FoundClause } from './clause-parse';
import { low, nestedMask, POSSESSIVE_PRONOUNS } from './clause-tokens';
import type { Tokens } from './clause-tokens';
import { REPORTING, SAYING } from './event-action';
import { isHedged } from './event';

export interface ObjectClause extends FoundClause {
  /** The clause that reports it with a verb of saying or knowing (a modal inside it is part of the report). */
  readonly reporter: FoundClause | null;
}

const MARKERS = new Set([...SUBORDINATORS, 'that']);
const HYPOTHETICAL = new Set(['if', 'unless', 'whether']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
const DIRECTIONS = new Set(['onto', 'into', 'through', 'across', 'toward', 'towards']);

/** A verb of saying or knowing ("confirmed", "suggested", "found"). */
function reports(tokens: Tokens, i: number): boolean {
  const token = tokens[i];
  const lemma = token?.lemma.toLowerCase() ?? '';
  return token?.pos === 'VERB' && (SAYING.has(lemma) || REPORTING.has(lemma) || ['find', 'show', 'say'].includes(lemma));
}

/**
 * wink's lite model tags some past verbs as adjectives after a plural subject ("people
 * crowded/ADJ onto", "Bernoulli also plagiarized/ADJ some key ideas"). After a noun, with an
 * object or a directional preposition following, such a word is read as the verb it is.
 */
export function withPastVerbs(analysis: SentenceAnalysis): SentenceAnalysis {
  const { tokens } = analysis;
  const fixed = retagPastVerbs(tokens);
  // Nothing retagged: the same analysis, so what was worked out for its tokens (clauses) is reused.
  if (fixed.every((token, i) => token === tokens[i])) return analysis;
  return { ...analysis, tokens: fixed };
}

/** The tokens with such past verbs tagged VERB (see withPastVerbs). */
export function retagPastVerbs(tokens: Tokens): Token[] {
  return tokens.map((token, i) => {
    if (token.pos !== 'ADJ' || !/^[a-z]+ed$/.test(token.text)) return token;
    const before = tokens[i - 1]?.pos === 'ADV' ? tokens[i - 2] : tokens[i - 1];
    const next = tokens[i + 1];
    const subjectBefore = before !== undefined && ['NOUN', 'PROPN'].includes(before.pos);
    const objectAfter = next !== undefined && (['DET', 'PROPN'].includes(next.pos) || POSSESSIVE_PRONOUNS.has(low(next)) || DIRECTIONS.has(low(next)));
    return subjectBefore && objectAfter ? { ...token, pos: 'VERB' } : token;
  });
}

/** Every clause to read objects from, reported ones included, in reading order. */
export function objectClauses(analysis: SentenceAnalysis): ObjectClause[] {
  const { tokens } = analysis;
  const nested = nestedMask(tokens);
  const out: ObjectClause[] = [];
  const found = findClauses(tokens, nested, MARKERS);
  for (const clause of found) {
    const marker = clause.marker;
    const reporter = marker !== null && low(tokens[marker]) === 'that' && reports(tokens, marker - 1) ? (found.find((c) => c.verb.head === marker - 1) ?? null) : null;
    if (!out.some((c) => c.subject.start === clause.subject.start)) out.push({ ...clause, reporter });
    if (!reports(tokens, clause.verb.head)) continue;
    const inner = clauseAt(tokens, nested, clause.verb.end);
    // "announced [large-scale drug seizures], increased …" is a list of objects, not a clause.
    const direct = inner !== null && !tokens.slice(inner.subject.end, inner.verb.start).some((t) => t.text === ',');
    if (inner && direct && !out.some((c) => c.subject.start === inner.subject.start)) {
      out.push({ ...inner, marker: clause.verb.head, frontedStart: null, reporter: clause });
    }
  }
  for (const clause of [...frontedCoordinates(tokens, nested), ...prepositionalRelatives(tokens, nested)]) if (!out.some((c) => c.subject.start === clause.subject.start)) out.push(clause);
  return out.filter((clause) => usable(analysis, clause)).sort((a, b) => a.subject.start - b.subject.start);
}

/** ", and in 2015 she became …": a coordinated clause with a fronted phrase of its own. */
function frontedCoordinates(tokens: Tokens, nested: readonly boolean[]): ObjectClause[] {
  const out: ObjectClause[] = [];
  tokens.forEach((token, i) => {
    if (nested[i] || !['and', 'but'].includes(low(token)) || tokens[i + 1]?.pos !== 'ADP') return;
    let j = nounPhraseEnd(tokens, i + 2);
    if (j === i + 2) return;
    if (tokens[j]?.text === ',') j += 1;
    const clause = clauseAt(tokens, nested, j);
    const first = tokens[j];
    if (clause && first && (first.pos === 'PRON' || first.pos === 'PROPN' || first.pos === 'DET')) out.push({ ...clause, marker: i, frontedStart: i + 1, reporter: null });
  });
  return out;
}

/** A parenthetical between commas after a relative pronoun stays short. */
const MAX_ASIDE_TOKENS = 15;

/**
 * "a memoir …, to which, conjointly with …, a prize was awarded by the French Academy": a relative
 * clause opened by a preposition and "which"/"whom", a parenthetical between commas allowed.
 */
function prepositionalRelatives(tokens: Tokens, nested: readonly boolean[]): ObjectClause[] {
  const out: ObjectClause[] = [];
  tokens.forEach((token, i) => {
    if (nested[i] || !['which', 'whom'].includes(low(token)) || tokens[i - 1]?.pos !== 'ADP') return;
    let k = i + 1;
    if (tokens[k]?.text === ',') {
      const close = commaAfter(tokens, nested, k + 1);
      if (close < 0 || close - k > MAX_ASIDE_TOKENS) return;
      k = close + 1;
    }
    const clause = clauseAt(tokens, nested, k);
    if (clause) out.push({ ...clause, marker: i, frontedStart: null, reporter: null });
  });
  return out;
}

function usable(analysis: SentenceAnalysis, clause: ObjectClause): boolean {
  const { tokens } = analysis;
  if (clause.marker !== null && HYPOTHETICAL.has(low(tokens[clause.marker]))) return false;
  const { verb } = clause;
  if (verb.tense === 'nonfinite' || (verb.tense === 'modal' && clause.reporter === null)) return false;
  for (let i = verb.start; i <= verb.end; i += 1) if (NEGATIONS.has(low(tokens[i]))) return false;
  // "do an excellent job": a light verb says nothing a question could ask about.
  if (low(tokens[verb.head]) === 'do' || tokens[verb.head]?.lemma === 'do') return false;
  return !isHedged(analysis, clause);
}

