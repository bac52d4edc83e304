/**
 * Maximal runs of capitalised words in a sentence, split into a title part and the name proper:
 * "US Secretary of State Marco Rubio" → title "US Secretary of State", name "Marco Rubio".
 * A run may hold "of"/"the" between capitalised words ("University of Helsinki"), name particles
 * ("Jean le Rond d'Alembert") and attached hyphen/dot parts ("Hau Lung-bin", "Secunia.com").
 */
import type { Token } from '../nlp/tokens';
import { lookUpPlace } from './gazetteer';
import { GIVEN_NAMES } from './gazetteer/given-names';
import { ORGANIZATION_FIRST_WORDS, ORGANIZATION_HEAD_WORDS } from './gazetteer/organizations';
import { PLACE_HEAD_WORDS } from './gazetteer/places';
import { HONORIFICS, POST_NOMINALS, WEAK_TITLES } from './gazetteer/roles';
import { roleEndingAt } from './role-words';
import { attached, isNameWord, isStartPosition, isTemporal, lower, NAME_PARTICLES } from './words';

export interface NameRun {
  /** Token positions, inclusive: the whole run, titles included. */
  readonly first: number;
  readonly last: number;
  /** The name proper, without titles, honorifics and letters after the name. */
  readonly coreFirst: number;
  readonly coreLast: number;
  /** True when a title or honorific inside the run precedes the name. */
  readonly titled: boolean;
  /** The run begins where any word is capitalised (sentence start, after a quotation mark). */
  readonly atStart: boolean;
}

const canContinue = (tokens: readonly Token[], at: number): number => {
  const token = tokens[at];
  const next = tokens[at + 1];
  if (token === undefined) return 0;
  if (isNameWord(token) || (token.text === 'The' && isNameWord(next))) return 1;
  // "Lung-bin", "MS-13", "Secunia.com", "al-Karim": joined without spaces.
  if ((token.text === '-' || token.text === '.') && attached(tokens[at - 1], token) && attached(token, next)) return 2;
  if (NAME_PARTICLES.has(token.text) && (isNameWord(next) || (next?.text === '-' && attached(token, next)))) return 1;
  if (lower(token) === 'of' && isNameWord(next)) return 1;
  if (lower(token) === 'of' && lower(next) === 'the' && isNameWord(tokens[at + 2])) return 2;
  if (token.text === '&' && isNameWord(next)) return 1;
  return 0;
};

function runEnd(tokens: readonly Token[], first: number): number {
  // Connectors are only taken with the name word after them, so a run ends on a name word.
  let last = first;
  for (let at = first + 1; at < tokens.length; ) {
    const step = canContinue(tokens, at);
    if (step === 0) break;
    last = at + step - 1;
    at += step;
  }
  return last;
}

export function findNameRuns(tokens: readonly Token[]): NameRun[] {
  const runs: NameRun[] = [];
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at];
    if (token === undefined) continue;
    const startsName = (isNameWord(token) && !isTemporal(token)) || (token.text === 'The' && !isStartPosition(tokens, at) && isNameWord(tokens[at + 1]));
    if (!startsName) continue;
    const last = runEnd(tokens, at);
    runs.push(decompose(tokens, at, last));
    at = last;
  }
  return runs;
}

function decompose(tokens: readonly Token[], first: number, last: number): NameRun {
  let coreFirst = first;
  let titled = false;
  // The last title inside the run that still leaves a name after it: "Mexican President | Claudia Sheinbaum".
  for (let at = last - 1; at >= first; at -= 1) {
    const token = tokens[at];
    const isHonorific = HONORIFICS.has(lower(token));
    if (!isHonorific && roleEndingAt(tokens, at, first) === null) continue;
    const nameStart = pastComplement(tokens, at + 1, last);
    if (nameStart === null) continue;
    const nameWords = countNameWords(tokens, nameStart, last);
    if (nameWords === 0 || !couldBePerson(tokens, nameStart, last)) continue;
    if (!isHonorific && WEAK_TITLES.has(lower(token)) && nameWords < 2) continue;
    coreFirst = nameStart;
    titled = true;
    break;
  }
  // A capitalised "The" inside a sentence belongs to the name ("The New York Times").
  while (coreFirst < last && !isNameWord(tokens[coreFirst]) && !(coreFirst === first && tokens[coreFirst]?.text === 'The')) coreFirst += 1;
  let coreLast = last;
  while (coreLast > coreFirst && POST_NOMINALS.has(lower(tokens[coreLast]))) coreLast -= 1;
  coreLast = withoutLocation(tokens, coreFirst, coreLast);
  return { first, last, coreFirst, coreLast, titled, atStart: isStartPosition(tokens, first) };
}

/**
 * Where the name starts after a title's "of" complement: "President of France | Emmanuel Macron".
 * The complement must be a known place or be followed by a given name; otherwise no split.
 */
function pastComplement(tokens: readonly Token[], from: number, last: number): number | null {
  if (lower(tokens[from]) !== 'of') return from;
  for (let split = from + 2; split <= last; split += 1) {
    const complement = tokens.slice(from + 1, split).map((token) => token.text).join(' ');
    if (lookUpPlace(complement) !== null || GIVEN_NAMES.has(lower(tokens[split]))) return split;
  }
  return null;
}

/** "Major | League Baseball", "General | Motors Museum": what follows a title is no person. */
function couldBePerson(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to + 1).map((token) => token.text);
  return !words.some((word) => ORGANIZATION_HEAD_WORDS.has(word) || PLACE_HEAD_WORDS.has(word)) && lookUpPlace(words.join(' ')) === null;
}

/**
 * "The Guardian of London": a title-like name ("The …") qualified by a place keeps only the name.
 * Not when the head takes its "of" ("The Bank of England") or the whole is a place.
 */
function withoutLocation(tokens: readonly Token[], coreFirst: number, coreLast: number): number {
  if (tokens[coreFirst]?.text !== 'The') return coreLast;
  const texts = (from: number, to: number): string => tokens.slice(from, to + 1).map((token) => token.text).join(' ');
  for (let at = coreFirst + 2; at < coreLast; at += 1) {
    if (lower(tokens[at]) !== 'of' || ORGANIZATION_FIRST_WORDS.has(tokens[at - 1]?.text ?? '')) continue;
    if (lookUpPlace(texts(at + 1, coreLast)) !== null && lookUpPlace(texts(coreFirst, coreLast)) === null) return at - 1;
  }
  return coreLast;
}

function countNameWords(tokens: readonly Token[], from: number, to: number): number {
  let count = 0;
  for (let at = from; at <= to; at += 1) {
    if (isNameWord(tokens[at]) && !POST_NOMINALS.has(lower(tokens[at]))) count += 1;
  }
  return count;
}

/** The run's name proper as written in the article. */
export function coreText(text: string, tokens: readonly Token[], run: NameRun): string {
  const first = tokens[run.coreFirst];
  const last = tokens[run.coreLast];
  return first && last ? text.slice(first.start, last.end) : '';
}
