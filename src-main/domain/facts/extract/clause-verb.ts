/**
 * Verb groups: the auxiliaries, adverbs and main verb that make one predicate ("has long argued",
 * "was born", "firmly rejected"), with the tense the fact rules need to tell a reported past event
 * from a present state or a hypothesis.
 */
import type { Token } from '../../nlp/tokens';
import { isCapitalisedMidSentence, isGerund, isPastForm, low } from './clause-tokens';
import type { Tokens } from './clause-tokens';

export type Tense = 'past' | 'perfect' | 'present' | 'modal' | 'nonfinite';

export interface VerbGroup {
  /** First token, leading adverbs included ("firmly" in "firmly rejected"). */
  readonly start: number;
  /** First auxiliary or verb. */
  readonly verbStart: number;
  /** Exclusive end, after the main verb (or the last auxiliary when there is none). */
  readonly end: number;
  /** The main verb, or the last auxiliary of a copula ("was" in "was a mathematician"). */
  readonly head: number;
  readonly tense: Tense;
  readonly passive: boolean;
  readonly copular: boolean;
}

const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', "'ll", "'d", 'wo', 'ca']);
const NONFINITE_AUX = new Set(['be', 'been', 'being', 'having', 'to']);
const PARTICIPLE_ONLY = /^(given|taken|known|shown|seen|done|gone|written|born|been|driven|chosen|spoken|stolen|broken|eaten|fallen|forgotten|hidden|ridden|risen|thrown|grown|drawn|flown|sworn|worn|torn)$/;
const NEGATION = new Set(['not', "n't", 'never']);

const isAux = (token: Token | undefined): boolean => token?.pos === 'AUX';
const isAdverb = (token: Token | undefined): boolean =>
  token !== undefined && (token.pos === 'ADV' || NEGATION.has(low(token)));

/** The verb group starting at `i` (leading adverbs allowed), or `null` when no verb starts there. */
export function verbGroupAt(tokens: Tokens, i: number): VerbGroup | null {
  let j = i;
  while (isAdverb(tokens[j]) && j - i < 3) j += 1;
  const verbStart = j;
  const first = tokens[j];
  if (!first || (first.pos !== 'AUX' && first.pos !== 'VERB') || isCapitalisedMidSentence(tokens, j)) return null;
  const auxiliaries: string[] = [];
  while (isAux(tokens[j]) || (auxiliaries.length > 0 && isAdverb(tokens[j]) && (isAux(tokens[j + 1]) || tokens[j + 1]?.pos === 'VERB' || isAdverb(tokens[j + 1])))) {
    if (isAux(tokens[j])) auxiliaries.push(low(tokens[j]));
    j += 1;
  }
  let head = j - 1;
  if (tokens[j]?.pos === 'VERB' && !isCapitalisedMidSentence(tokens, j)) {
    head = j;
    j += 1;
  }
  while (head >= verbStart && !isAux(tokens[head]) && tokens[head]?.pos !== 'VERB') head -= 1;
  const headToken = tokens[head];
  const hasMainVerb = headToken?.pos === 'VERB';
  const tense = tenseOf(tokens, i, auxiliaries, headToken, hasMainVerb);
  const passive = hasMainVerb && isPastForm(headToken) && auxiliaries.some((a) => ['was', 'were', 'is', 'are', 'been', 'be', 'being', "'s", "'re"].includes(a));
  const copular = !hasMainVerb && auxiliaries.some((a) => ['was', 'were', 'is', 'are', 'am', 'be', 'been', "'s", "'re", "'m"].includes(a));
  return { start: i, verbStart, end: j, head, tense, passive, copular };
}

function tenseOf(tokens: Tokens, i: number, auxiliaries: readonly string[], head: Token | undefined, hasMainVerb: boolean): Tense {
  const before = low(tokens[i - 1]);
  const firstAux = auxiliaries[0];
  if (before === 'to' || (firstAux !== undefined && NONFINITE_AUX.has(firstAux))) return 'nonfinite';
  if (firstAux === undefined) {
    // "the solutions given by Brook Taylor": a bare participle is a reduced relative, not a clause.
    if (!hasMainVerb || isGerund(head) || PARTICIPLE_ONLY.test(low(head))) return 'nonfinite';
    return isPastForm(head) ? 'past' : 'present';
  }
  if (MODALS.has(firstAux)) return 'modal';
  if (['has', 'have', 'had', "'ve"].includes(firstAux)) {
    return auxiliaries.includes('been') || (hasMainVerb && isPastForm(head)) ? 'perfect' : firstAux === 'had' ? 'past' : 'present';
  }
  // "'s" is "is" or "has": only "'s been" is surely a perfect.
  if (firstAux === "'s") return auxiliaries.includes('been') ? 'perfect' : 'present';
  if (['was', 'were', 'did'].includes(firstAux)) return 'past';
  return 'present';
}

/** A verb group that can head a clause (not an infinitive or a participle). */
export const isFinite = (group: VerbGroup | null): group is VerbGroup => group !== null && group.tense !== 'nonfinite';

/** Reported as having happened: simple past or perfect, including past passives ("was born"). */
export const isPastEvent = (group: VerbGroup): boolean => (group.tense === 'past' || group.tense === 'perfect') && !group.copular;
