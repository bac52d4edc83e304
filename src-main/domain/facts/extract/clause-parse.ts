/**
 * Finding clauses: the main clause after any fronted phrase, clauses joined by "and"/"but", and
 * subordinate clauses after a marker ("after Washington designated …"). A clause is a subject
 * noun phrase directly followed (appositives aside) by a finite verb group; nothing looser.
 */
import { nounPhraseEnd, NOUN_PREPOSITIONS } from './clause-np';
import { low, nestedMask, POSSESSIVE_PRONOUNS } from './clause-tokens';
import type { Tokens } from './clause-tokens';
import { isFinite, verbGroupAt } from './clause-verb';
import { clauseEnd, SUBORDINATORS } from './clause';
import { clauseStart, commaAfter } from './clause-start';
import type { Clause } from './clause';

export interface FoundClause extends Clause {
  /** The subordinator or conjunction that introduces it ("after", "because"), or null for a main clause. */
  readonly marker: number | null;
  /** Index of the fronted phrase's first token ("On Wednesday,"), when there is one. */
  readonly frontedStart: number | null;
}

/** A clause whose subject starts at `s`, or null. */
export function clauseAt(tokens: Tokens, nested: readonly boolean[], s: number): Clause | null {
  const first = tokens[s];
  if (!first || nested[s]) return null;
  const pronoun = first.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(low(first));
  const subjectEnd = pronoun ? s + 1 : nounPhraseEnd(tokens, s, { prepositions: NOUN_PREPOSITIONS });
  if (subjectEnd === s) return null;
  let p = subjectEnd;
  // A restrictive relative clause inside the subject: "The document which had the stamp … detailed".
  if (['which', 'who', 'that'].includes(low(tokens[p])) && tokens[p]?.pos === 'PRON') {
    const relative = verbGroupAt(tokens, p + 1);
    if (!isFinite(relative)) return null;
    let q = relative.end;
    while (q < tokens.length && q - relative.end < 15 && !isFinite(verbGroupAt(tokens, q))) {
      if (tokens[q]?.text === ',' || tokens[q]?.pos === 'CCONJ' || tokens[q]?.pos === 'PRON') return null;
      q += 1;
    }
    p = q;
  }
  // A bracketed aside after the subject: "A sudden rain storm on Sunday night (March 4) caused …".
  if (tokens[p]?.text === '(') {
    while (p < tokens.length && tokens[p]?.text !== ')') p += 1;
    p += 1;
  }
  // Appositives between commas: "Elon Musk, an influential figure in the Trump administration, suggested".
  for (let round = 0; round < 3 && tokens[p]?.text === ','; round += 1) {
    if (isFinite(verbGroupAt(tokens, p + 1))) {
      p += 1;
      break;
    }
    const close = commaAfter(tokens, nested, p + 1);
    const opener = tokens[p + 1];
    // "its main rival" opens an appositive; "they", "which" or "and" open something else.
    const possessive = opener !== undefined && POSSESSIVE_PRONOUNS.has(low(opener));
    if (close < 0 || close - p > 25 || !opener || (!possessive && ['PRON', 'SCONJ', 'CCONJ', 'PUNCT'].includes(opener.pos))) return null;
    p = close;
  }
  const verb = verbGroupAt(tokens, p);
  if (!isFinite(verb) || nested[verb.verbStart]) return null;
  return { subject: { start: s, end: subjectEnd }, verb, end: clauseEnd(tokens, nested, verb.end) };
}

/**
 * The extractors each ask for a sentence's clauses; the answer is a pure function of the tokens,
 * the mask (compared by value) and the marker set, so it is kept per token array. Clauses are
 * read-only; callers get their own copy of the list.
 */
const clauseMemo = new WeakMap<Tokens, Array<{ nested: readonly boolean[]; markers: ReadonlySet<string>; found: FoundClause[] }>>();

const sameMask = (a: readonly boolean[], b: readonly boolean[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
/** Marker sets compared by content: the cause and event rules each build their own equal set. */
const sameMarkers = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a === b || (a.size === b.size && [...a].every((m) => b.has(m)));

/** Every clause the rules can use, in reading order: main, coordinated, subordinate. */
export function findClauses(tokens: Tokens, nested: readonly boolean[] = nestedMask(tokens), markers: ReadonlySet<string> = SUBORDINATORS): FoundClause[] {
  let entries = clauseMemo.get(tokens);
  if (entries === undefined) clauseMemo.set(tokens, (entries = []));
  let entry = entries.find((e) => sameMarkers(e.markers, markers) && sameMask(e.nested, nested));
  if (entry === undefined) entries.push((entry = { nested: [...nested], markers, found: clausesOf(tokens, nested, markers) }));
  return [...entry.found];
}

function clausesOf(tokens: Tokens, nested: readonly boolean[], markers: ReadonlySet<string>): FoundClause[] {
  const found: FoundClause[] = [];
  let start = clauseStart(tokens, nested);
  let main = clauseAt(tokens, nested, start);
  // "On a new website, "The Internet Explorer 6 Countdown", Microsoft has launched …": a fronted
  // phrase may carry a short appositive of its own.
  for (let round = 0; round < 2 && !main && start > 0; round += 1) {
    const comma = commaAfter(tokens, nested, start);
    if (comma < 0 || comma - start > 8) break;
    start = comma + 1;
    main = clauseAt(tokens, nested, start);
  }
  if (main) {
    found.push({ ...main, marker: null, frontedStart: start > 0 ? 0 : null });
    let previous: Clause = main;
    // "Daniel studied medicine at Basel …, and earned a PhD …": the same subject goes on.
    for (let round = 0; round < 3; round += 1) {
      let k = previous.end;
      if (tokens[k]?.text === ',') k += 1;
      if (!['and', 'but'].includes(low(tokens[k]))) break;
      const predicate = verbGroupAt(tokens, k + 1);
      const next: Clause | null = isFinite(predicate)
        ? { subject: previous.subject, verb: predicate, end: clauseEnd(tokens, nested, predicate.end) }
        : clauseAt(tokens, nested, k + 1);
      if (!next) break;
      found.push({ ...next, marker: k, frontedStart: null });
      previous = next;
    }
  }
  tokens.forEach((token, i) => {
    if (nested[i] || !markers.has(low(token)) || found.some((c) => c.marker === i)) return;
    const clause = clauseAt(tokens, nested, i + 1);
    if (clause && !found.some((c) => c.subject.start === clause.subject.start)) found.push({ ...clause, marker: i, frontedStart: null });
  });
  return found.sort((a, b) => a.subject.start - b.subject.start);
}
