/**
 * Causal verbs: "US-made firearms fuel cartel violence", "a sudden rain storm … caused a mass
 * exodus", "X led to / resulted in Y", the passive "infection caused by severe eczema", and
 * "…, leading to severe malnutrition". wink sometimes tags such a verb as a noun
 * ("sensitivities fuel Mexico's resistance"); a causal word between two noun phrases at the
 * start of a clause is read as the verb it must be.
 */
import { textOf, trimTail } from './clause';
import { nounPhraseEnd, nounPhraseStart, NOUN_PREPOSITIONS } from './clause-np';
import type { FoundClause } from './clause-parse';
import { isPastForm, low } from './clause-tokens';
import { clauseEndingAt, hasClearSubject } from './cause-effect';
import type { CauseCandidate, CauseScope } from './cause-effect';

const CAUSAL: ReadonlyMap<string, string | null> = new Map([
  ['cause', null], ['fuel', null], ['trigger', null], ['spark', null], ['prompt', null], ['provoke', null],
  ['lead', 'to'], ['result', 'in'], ['contribute', 'to'],
]);
const CAUSAL_FORMS = /^(fuel|fuels|fuelled|fueled|cause|causes|caused|spark|sparks|sparked|trigger|triggers|triggered)$/;
const EFFECT_PREPOSITIONS = new Set([...NOUN_PREPOSITIONS, 'to']);

/** The effect after a causal verb; "led to protests/VERB in the capital" is a noun, mis-tagged. */
function objectEnd(scope: Pick<CauseScope, 'analysis'>, start: number): number {
  const { tokens } = scope.analysis;
  const end = nounPhraseEnd(tokens, start, { prepositions: EFFECT_PREPOSITIONS });
  const first = tokens[start];
  if (end > start || !first || first.pos !== 'VERB' || !/[^s]s$/.test(first.text)) return end;
  const phraseEnd = EFFECT_PREPOSITIONS.has(low(tokens[start + 1])) ? nounPhraseEnd(tokens, start + 2, { prepositions: EFFECT_PREPOSITIONS }) : start + 2;
  return phraseEnd > start + 2 ? phraseEnd : start + 1;
}

/** Mis-tagged causal verbs, recovered as clauses so the reason rules can use them too. */
export function recoveredCausalClauses(scope: Omit<CauseScope, 'clauses'>, starts: readonly number[]): FoundClause[] {
  const { tokens } = scope.analysis;
  const found: FoundClause[] = [];
  tokens.forEach((token, i) => {
    if (token.pos !== 'NOUN' || !CAUSAL_FORMS.test(low(token)) || scope.nested[i]) return;
    const subjectStart = nounPhraseStart(tokens, i);
    if (subjectStart >= i || !starts.includes(subjectStart) || objectEnd(scope, i + 1) === i + 1) return;
    const tense = isPastForm({ ...token, pos: 'VERB' }) ? 'past' : 'present';
    const verb = { start: i, verbStart: i, end: i + 1, head: i, tense, passive: false, copular: false } as const;
    let end = i + 1;
    while (end < tokens.length && ![',', ';', '.', '—'].includes(tokens[end]?.text ?? '')) end += 1;
    found.push({ subject: { start: subjectStart, end: i }, verb, end, marker: null, frontedStart: null });
  });
  return found;
}

export function causalVerbCandidates(scope: CauseScope): CauseCandidate[] {
  const { tokens } = scope.analysis;
  const found: CauseCandidate[] = [];
  for (const clause of scope.clauses) {
    const head = tokens[clause.verb.head];
    const lemma = head?.pos === 'NOUN' ? [...CAUSAL.keys()].find((k) => low(head).startsWith(k)) ?? '' : head?.lemma ?? '';
    if (!CAUSAL.has(lemma) || clause.verb.passive || !hasClearSubject(scope, clause)) continue;
    const particle = CAUSAL.get(lemma);
    let start = clause.verb.end;
    if (particle) {
      if (low(tokens[start]) !== particle) continue;
      start += 1;
    }
    const end = objectEnd(scope, start);
    if (end === start) continue;
    const effect = textOf(scope.analysis, start, end);
    found.push({ cause: withoutTime(tokens, clause.subject), effect, relation: 'reason', rule: 'cause:verb', at: clause.verb.head });
  }
  tokens.forEach((token, i) => {
    if (scope.nested[i]) return;
    // Only verbs that take no particle: "led by Erick Turner" is leadership, not a cause.
    if (CAUSAL.get(token.lemma) === null && isPastForm(token) && low(tokens[i + 1]) === 'by') found.push(...causedBy(scope, i));
    if (['leading', 'resulting'].includes(low(token)) && tokens[i - 1]?.text === ',' && ['to', 'in'].includes(low(tokens[i + 1]))) {
      found.push(...leadingTo(scope, i));
    }
  });
  return found;
}

const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|day|week|weekend|month|year|today|yesterday|january|february|march|april|may|june|july|august|september|october|november|december|\d{4})$/i;

/** "A sudden rain storm on Sunday night (March 4)": the cause is the storm; its time stays in the sentence. */
function withoutTime(tokens: CauseScope['analysis']['tokens'], subject: { start: number; end: number }): { start: number; end: number } {
  for (let at = subject.start + 1; at < subject.end; at += 1) {
    if (!['on', 'in', 'at', 'during', 'last', 'this'].includes(low(tokens[at]))) continue;
    const rest = tokens.slice(at + 1, subject.end).filter((t) => t.pos !== 'PUNCT' && t.pos !== 'DET');
    if (rest.length > 0 && rest.length <= 5 && rest.some((t) => TIME_WORDS.test(t.text))) return { start: subject.start, end: at };
  }
  return subject;
}

/** "the infections caused by the constant breaking of the skin". */
function causedBy(scope: CauseScope, i: number): CauseCandidate[] {
  const { tokens } = scope.analysis;
  const causeStop = nounPhraseEnd(tokens, i + 2, { prepositions: NOUN_PREPOSITIONS });
  const effectStart = nounPhraseStart(tokens, i, new Set());
  if (causeStop === i + 2 || effectStart >= i || tokens[i - 1]?.pos === 'AUX') return [];
  return [{ cause: { start: i + 2, end: causeStop }, effect: textOf(scope.analysis, effectStart, i), relation: 'reason', rule: 'cause:caused-by', at: i }];
}

/** "…, leading to severe malnutrition and, eventually, her death": the clause before is the cause. */
function leadingTo(scope: CauseScope, i: number): CauseCandidate[] {
  const { tokens } = scope.analysis;
  const clause = clauseEndingAt(scope, i);
  if (!clause) return [];
  let end = i + 2;
  while (end < tokens.length && ![';', '.', '—', '!', '?'].includes(tokens[end]?.text ?? '')) end += 1;
  const effectEnd = trimTail(tokens, i + 2, end);
  if (effectEnd <= i + 2) return [];
  const cause = { start: clause.subject.start, end: trimTail(tokens, clause.subject.start, i) };
  return [{ cause, effect: textOf(scope.analysis, i + 2, effectEnd), relation: 'reason', rule: 'cause:leading-to', at: i }];
}
