/**
 * Number answers that reach beyond the bare number, because the bare number alone would not be
 * what the article says: a bound ("[less than one percent]", "[over 4 million]" — the bare
 * number stays an alias), an ordinal with its superlative ("the [second lowest] grade"), and
 * years joined by "and" ("in [2010 and 2011]": one fact, not two half-truths).
 */
import type { Token } from '../../nlp/tokens';
import { stableId } from '../../ids';
import type { SentenceAnalysis } from '../context';
import type { NumberFact } from '../model';

const low = (token: Token | undefined): string => token?.text.toLowerCase() ?? '';

function withSpan(fact: NumberFact, start: number, end: number, aliases: readonly string[], rule = fact.rule): NumberFact {
  const offset = fact.sentenceSpan.start;
  const answer = fact.sentence.slice(start - offset, end - offset);
  const seen = new Set([answer.toLowerCase()]);
  const unique = aliases.filter((alias) => {
    const key = alias.toLowerCase();
    if (alias.trim() === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { ...fact, id: stableId('fact', 'number', fact.sentence, answer), answerSpan: { start, end }, answer, aliases: unique, rule };
}

const tokenAt = (tokens: readonly Token[], offset: number): number => tokens.findIndex((t) => t.start === offset);
const tokenEndingAt = (tokens: readonly Token[], offset: number): number => tokens.findIndex((t) => t.end === offset);

/** "less than one percent": a bound is part of the answer; the number alone is an alias. */
export function withBound(fact: NumberFact, tokens: readonly Token[], bound: { first: number; approximate: boolean } | null): NumberFact {
  const first = bound === null || bound.approximate ? undefined : tokens[bound.first];
  if (first === undefined) return fact;
  const hedged = fact.aliases.filter((alias) => !alias.toLowerCase().startsWith(`${fact.qualifier ?? ''} `));
  const bounded = hedged.filter((alias) => /^[\d$]/.test(alias)).slice(0, 2).map((alias) => `${fact.qualifier ?? ''} ${alias}`);
  return withSpan(fact, first.start, fact.answerSpan.end, [fact.answer, ...bounded, ...hedged]);
}

/** "the second lowest grade": the superlative belongs to the rank. */
export function withSuperlative(fact: NumberFact, tokens: readonly Token[]): NumberFact {
  if (fact.form !== 'ordinal') return fact;
  const last = tokenEndingAt(tokens, fact.answerSpan.end);
  const next = tokens[last + 1];
  const most = ['most', 'least'].includes(low(next)) && tokens[last + 2]?.pos === 'ADJ';
  const superlative = next !== undefined && next.pos === 'ADJ' && /[a-z]{2,}est$/i.test(next.text);
  const end = most ? tokens[last + 2] : superlative ? next : undefined;
  if (last < 0 || end === undefined) return fact;
  const rest = fact.sentence.slice(next!.start - fact.sentenceSpan.start, end.end - fact.sentenceSpan.start);
  const aliases = fact.aliases.map((alias) => `${alias} ${rest}`);
  const counted = fact.counted?.toLowerCase().startsWith(rest.toLowerCase()) ? fact.counted.slice(rest.length).trim() || null : fact.counted;
  return { ...withSpan(fact, fact.answerSpan.start, end.end, [...aliases, `${fact.answer}-${rest}`]), counted };
}

/**
 * "in 2010 and 2011" / "in 1990, 1994 and 1998": years joined by commas and one "and" become one
 * fact whose answer lists them all; the years alone are dropped.
 */
export function joinYears(facts: readonly NumberFact[], analysis: SentenceAnalysis): NumberFact[] {
  const { tokens } = analysis;
  const out: NumberFact[] = [];
  let i = 0;
  while (i < facts.length) {
    const run = [facts[i] as NumberFact];
    for (let k = i + 1; k < facts.length; k += 1) {
      const previous = run.at(-1) as NumberFact;
      const next = facts[k] as NumberFact;
      const between = tokens.slice(tokenEndingAt(tokens, previous.answerSpan.end) + 1, tokenAt(tokens, next.answerSpan.start)).map(low);
      const joined = between.length === 1 && (between[0] === 'and' || between[0] === ',');
      if (previous.form !== 'year' || next.form !== 'year' || previous.rule !== 'number:year' || next.rule !== 'number:year' || !joined) break;
      run.push(next);
      if (between[0] === 'and') break;
    }
    const last = run.at(-1) as NumberFact;
    // "between 1914 and 1918" is a period, read as its two ends.
    const period = ['between', 'from'].includes(low(tokens[tokenAt(tokens, (run[0] as NumberFact).answerSpan.start) - 1]));
    const closedByAnd = run.length > 1 && !period && low(tokens[tokenAt(tokens, last.answerSpan.start) - 1]) === 'and';
    if (closedByAnd) {
      const years = run.map((f) => f.answer);
      const joined = withSpan(run[0] as NumberFact, (run[0] as NumberFact).answerSpan.start, last.answerSpan.end, [years.join('; '), years.join(', ')], 'number:years');
      out.push({ ...joined, value: null, valueMax: null, tolerance: { kind: 'exact' } });
      i += run.length;
    } else {
      out.push(facts[i] as NumberFact);
      i += 1;
    }
  }
  return out;
}

/** "the 240,000 square meter memorial park": the measure as written is an answer too. */
export function withWrittenUnit(fact: NumberFact, tokens: readonly Token[], unit: string | null): NumberFact {
  if (unit === null) return fact;
  const words = unit.split(/\s+/);
  const last = tokenEndingAt(tokens, fact.answerSpan.end);
  const written = tokens.slice(last + 1, last + 1 + words.length);
  const same = written.length === words.length && written.every((t, k) => low(t).replace(/s$/, '') === (words[k] ?? '').toLowerCase().replace(/s$/, ''));
  const end = written.at(-1);
  if (!same || end === undefined) return fact;
  const text = fact.sentence.slice(fact.answerSpan.start - fact.sentenceSpan.start, end.end - fact.sentenceSpan.start);
  return fact.aliases.some((alias) => alias.toLowerCase() === text.toLowerCase()) ? fact : { ...fact, aliases: [...fact.aliases, text] };
}
