/**
 * Name candidates: every capitalised run of every sentence, with what its words and its
 * surroundings say about it (a gazetteer place, an organisation head, evidence of a person).
 * Types are only settled article-wide, in the entity index.
 */
import type { Span } from '../article/model';
import type { SentenceAnalysis } from '../facts/context';
import type { Token } from '../nlp/tokens';
import { hasOrganizationHead, hasPlaceHead, lookUpPlace, type PlaceMatch } from './gazetteer';
import { GIVEN_NAMES } from './gazetteer/given-names';
import { ORGANIZATION_COMMON_NOUNS } from './gazetteer/organizations';
import { genderOfWord, HONORIFICS, PERSON_HEAD_NOUNS, POST_NOMINALS, RELATION_NOUNS, ROLE_NOUNS, type Gender } from './gazetteer/roles';
import { appositionAfter, appositionComma, copularAfter } from './role-descriptions';
import { appositionBefore, titleBefore } from './role-phrases';
import { isRelationOf, leadsGovernment } from './person-evidence';
import { findNameRuns, type NameRun } from './runs';
import { isNameWord, isPunct, isSayingVerb, isStartPosition, lower } from './words';

export type PersonSignal = 'title' | 'relation' | 'given-name' | 'apposition' | 'age' | 'who' | 'copular' | 'leader' | 'relation-of';

export interface Candidate {
  /** Position of the sentence in the analyses array. */
  readonly position: number;
  readonly run: NameRun;
  readonly text: string;
  /** The name's words as written ("Hau", "Lung-bin"), for surname and given-name aliases. */
  readonly words: readonly string[];
  readonly span: Span;
  readonly place: PlaceMatch | null;
  readonly organization: boolean;
  readonly signals: ReadonlySet<PersonSignal>;
  /** Directly the subject of a verb of saying ("Dewar said", "said Bos"). */
  readonly speaker: boolean;
  /** What the words around the name imply ("spokeswoman", "Mr.", "his wife"). */
  readonly gender: Gender | null;
  /** After "in", "to", "from" …: a place name here is a place even if a person bears it. */
  readonly located: boolean;
  /** A single word at a sentence start: kept only if the article confirms it is a name. */
  readonly unconfirmed: boolean;
}

const LOCATIVE = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'outside', 'inside', 'across', 'around', 'toward', 'towards', 'via', 'through', 'of', 'on']);
const isTitleWord = (word: string): boolean => ROLE_NOUNS.has(word) || HONORIFICS.has(word) || POST_NOMINALS.has(word);
const isPersonHead = (head: string | null): boolean => head !== null && (ROLE_NOUNS.has(head) || PERSON_HEAD_NOUNS.has(head) || RELATION_NOUNS.has(head));

/** Capitalised words seen away from a sentence start: the article's own proper names. */
export function midSentenceNames(sentences: readonly SentenceAnalysis[]): Set<string> {
  const names = new Set<string>();
  for (const { tokens } of sentences) {
    tokens.forEach((token, at) => {
      if (isNameWord(token) && !isStartPosition(tokens, at)) names.add(token.text);
    });
  }
  return names;
}

export function collectCandidates(sentences: readonly SentenceAnalysis[]): Candidate[] {
  const known = midSentenceNames(sentences);
  const candidates: Candidate[] = [];
  sentences.forEach(({ sentence, tokens }, position) => {
    for (const found of findNameRuns(tokens)) {
      const run = confirmStart(tokens, found, known);
      if (run === null) continue;
      const first = tokens[run.coreFirst];
      const last = tokens[run.coreLast];
      if (!first || !last) continue;
      const text = sentence.text.slice(first.start - sentence.span.start, last.end - sentence.span.start);
      // "President" alone, "Dame", ", QC": a title without a name names nobody.
      if (run.coreFirst === run.coreLast && isTitleWord(lower(first))) continue;
      candidates.push(describe(tokens, run, text, { start: first.start, end: last.end }, position, known));
    }
  });
  return candidates;
}

/** At a sentence start "Historical sensitivities…" is no name; "Steve Whitmore" and "Mexico" are. */
function confirmStart(tokens: readonly Token[], run: NameRun, known: ReadonlySet<string>): NameRun | null {
  if (!run.atStart || run.titled) return run;
  const first = tokens[run.first];
  if (first === undefined) return null;
  const confirmed = known.has(first.text) || lookUpPlace(first.text) !== null || GIVEN_NAMES.has(lower(first));
  if (confirmed || run.coreLast === run.first) return run;
  if (first.pos === 'PROPN' && isNameWord(tokens[run.first + 1])) return run;
  let next = run.first + 1;
  while (next <= run.last && !isNameWord(tokens[next])) next += 1;
  if (next > run.last) return null;
  return { ...run, first: next, coreFirst: Math.max(next, run.coreFirst), atStart: false };
}

function describe(tokens: readonly Token[], run: NameRun, text: string, span: Span, position: number, known: ReadonlySet<string>): Candidate {
  const words = text.split(/\s+/);
  const signals = new Set<PersonSignal>();
  let gender: Gender | null = null;
  const title = titleBefore(tokens, run);
  if (run.titled || title !== null) signals.add(title?.relation ? 'relation' : 'title');
  for (let at = title?.first ?? run.first; at < run.coreFirst; at += 1) gender ??= genderOfWord(tokens[at]?.text ?? '');
  if (words.length > 1 && (GIVEN_NAMES.has((words[0] ?? '').toLowerCase()) || /^\p{Lu}\.$/u.test(words[0] ?? ''))) signals.add('given-name');
  const after = appositionAfter(tokens, run.coreLast);
  // "Lena Olsen, of the University of Oslo,": an affiliation after a two-word name.
  const affiliation = after !== null && after.head === null && words.length > 1;
  if (after !== null && (isPersonHead(after.head) || affiliation)) signals.add('apposition');
  const before = appositionBefore(tokens, run);
  if (before !== null) signals.add(RELATION_NOUNS.has(before.head ?? '') ? 'relation' : 'apposition');
  if (appositionComma(tokens, run.coreLast).age) signals.add('age');
  const copular = copularAfter(tokens, run.coreLast);
  if (copular !== null && isPersonHead(copular.head)) signals.add('copular');
  let next = run.coreLast + 1;
  if (isPunct(tokens[next], ',', '(')) next += 1;
  if (['who', 'whom', 'whose'].includes(lower(tokens[next]))) signals.add('who');
  if (leadsGovernment(tokens, run, words.length)) signals.add('leader');
  if (isRelationOf(tokens, run)) signals.add('relation-of');
  gender ??= genderOfWord(after?.head ?? before?.head ?? '');
  return {
    position, run, text, words, span, signals, gender,
    place: placeOf(tokens, run, text),
    organization: hasOrganizationHead(words) || isNamedBy(tokens, run.coreLast),
    speaker: isSpeaker(tokens, run),
    located: LOCATIVE.has(lower(tokens[run.first - 1])),
    unconfirmed: run.atStart && run.coreFirst === run.coreLast && !run.titled && !known.has(text),
  };
}

/** "the Hells Angels biker gang", "the Sea Org group": the noun after names an organisation. */
function isNamedBy(tokens: readonly Token[], coreLast: number): boolean {
  const next = tokens[coreLast + 1];
  const nextButOne = tokens[coreLast + 2];
  if (next?.pos !== 'NOUN') return false;
  return ORGANIZATION_COMMON_NOUNS.has(lower(next)) || (nextButOne?.pos === 'NOUN' && ORGANIZATION_COMMON_NOUNS.has(lower(nextButOne)));
}

/** A capital stands for its country's government when it acts: "Washington designated …". */
function placeOf(tokens: readonly Token[], run: NameRun, text: string): PlaceMatch | null {
  const match = lookUpPlace(text) ?? (hasPlaceHead(text.split(/\s+/)) ? { type: 'place' as const, canonical: text, capitalOf: null } : null);
  if (match?.capitalOf == null) return match;
  let next = run.coreLast + 1;
  while (tokens[next]?.pos === 'ADV') next += 1;
  const acts = tokens[next]?.pos === 'VERB' || tokens[next]?.pos === 'AUX';
  const located = LOCATIVE.has(lower(tokens[run.first - 1]));
  return acts && !located ? { ...match, canonical: match.capitalOf } : match;
}

function isSpeaker(tokens: readonly Token[], run: NameRun): boolean {
  let next = run.coreLast + 1;
  while (tokens[next]?.pos === 'ADV' || tokens[next]?.pos === 'AUX') next += 1;
  if (isSayingVerb(tokens[next])) return true;
  return isSayingVerb(tokens[run.first - 1]) && isPunct(tokens[run.first - 2], ',', '"', '”', '’', "'");
}
