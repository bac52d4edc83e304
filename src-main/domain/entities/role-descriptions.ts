/**
 * Descriptions after a name: an apposition ("Elon Musk, an influential figure in the Trump
 * administration,", "Nick Bos, of the University of Helsinki,") or a copular description
 * ("Daniel Bernoulli FRS (…) was a Swiss mathematician and physicist").
 */
import type { Token } from '../nlp/tokens';
import { POST_NOMINALS } from './gazetteer/roles';
import type { RolePhrase } from './role-phrases';
import { joinedWordEndingAt } from './role-words';
import { isCapitalised, isPunct, lower } from './words';

const MAX_DESCRIPTION = 16;
const STOP_MARKS = [',', ';', '.', '(', ')', '—', '–', ':', '"', '“', '”', '?', '!'];

/** Skips ", QC" and ", 19," after a name; returns the comma that may open an apposition. */
export function appositionComma(tokens: readonly Token[], coreLast: number): { comma: number; age: boolean } {
  let at = coreLast + 1;
  let age = false;
  while (POST_NOMINALS.has(lower(tokens[at]))) at += 1;
  for (;;) {
    const next = tokens[at + 1];
    if (!isPunct(tokens[at], ',') || next === undefined) break;
    if (POST_NOMINALS.has(lower(next)) && isPunct(tokens[at + 2], ',', '.')) at += 2;
    else if (next.kind === 'number' && next.entity !== 'DATE' && isPunct(tokens[at + 2], ',')) {
      age = true;
      at += 2;
    } else break;
  }
  return { comma: at, age };
}

/** A noun phrase from `first` up to a comma, a relative pronoun or a finite verb. */
function descriptionEnd(tokens: readonly Token[], first: number): number {
  let last = first - 1;
  for (let at = first; at < tokens.length && at - first < MAX_DESCRIPTION; at += 1) {
    const token = tokens[at];
    if (token === undefined || isPunct(token, ...STOP_MARKS) || token.pos === 'AUX') break;
    if (['who', 'whom', 'whose', 'which', 'that'].includes(lower(token))) break;
    if (token.pos === 'CCONJ' && (tokens[at + 1]?.pos === 'AUX' || tokens[at + 1]?.pos === 'VERB')) break;
    const adjectival = tokens[at + 1]?.pos === 'NOUN' || tokens[at + 1]?.pos === 'ADJ';
    if (token.pos === 'VERB' && !adjectival) break;
    last = at;
  }
  return last;
}

/** The noun a description is about: the last noun before its first preposition. */
function headOf(tokens: readonly Token[], first: number, last: number): string | null {
  let head: string | null = null;
  for (let at = first; at <= last; at += 1) {
    const token = tokens[at];
    if (token?.pos === 'ADP' && head !== null) break;
    if (token?.pos === 'NOUN' || token?.pos === 'PROPN') head = joinedWordEndingAt(tokens, at).word;
  }
  return head;
}

/** "Elon Musk, an influential figure in the Trump administration," / "Nick Bos, of the University of Helsinki,". */
export function appositionAfter(tokens: readonly Token[], coreLast: number): (RolePhrase & { age: boolean }) | null {
  const { comma, age } = appositionComma(tokens, coreLast);
  const opener = tokens[comma + 1];
  if (!isPunct(tokens[comma], ',') || opener === undefined) return null;
  // "of the University of Helsinki" is an affiliation; "from Sydney" is only an origin.
  const affiliation = lower(opener) === 'of' && tokens.slice(comma + 2, comma + 6).some((t) => isCapitalised(t.text));
  if (!affiliation && !['a', 'an', 'the'].includes(lower(opener))) return null;
  const last = descriptionEnd(tokens, comma + 2);
  const after = tokens[last + 1];
  if (last < comma + 2 || (after !== undefined && !isPunct(after, ',', '.', ';', ')', '—', '–') && lower(after) !== 'who')) return null;
  const head = affiliation ? null : headOf(tokens, comma + 2, last);
  if (!affiliation && head === null) return null;
  return { kind: 'apposition', first: comma + 1, last, head, possessive: false, relation: false, age };
}

/** "… (8 February 1700 – 17 March 1782) was a Swiss mathematician and physicist and was …". */
export function copularAfter(tokens: readonly Token[], coreLast: number): RolePhrase | null {
  let at = coreLast + 1;
  while (POST_NOMINALS.has(lower(tokens[at]))) at += 1;
  if (isPunct(tokens[at], '(')) {
    let depth = 0;
    for (; at < tokens.length; at += 1) {
      if (isPunct(tokens[at], '(')) depth += 1;
      if (isPunct(tokens[at], ')')) depth -= 1;
      if (depth === 0) break;
    }
    at += 1;
  }
  if (!['was', 'is'].includes(lower(tokens[at])) || !['a', 'an'].includes(lower(tokens[at + 1]))) return null;
  const last = descriptionEnd(tokens, at + 2);
  const head = headOf(tokens, at + 2, last);
  if (head === null) return null;
  return { kind: 'copular', first: at + 1, last, head, possessive: false, relation: false };
}

/** "Tom Molomby, SC, said": letters after a name between commas (a rank at the bar, an honour). */
export function postNominalAfter(tokens: readonly Token[], coreLast: number): RolePhrase | null {
  const letters = tokens[coreLast + 2];
  if (!isPunct(tokens[coreLast + 1], ',') || !POST_NOMINALS.has(lower(letters)) || !/^\p{Lu}{2,}$/u.test(letters?.text ?? '')) return null;
  if (!isPunct(tokens[coreLast + 3], ',', '.', ';', ')')) return null;
  return { kind: 'post-nominal', first: coreLast + 2, last: coreLast + 2, head: null, possessive: false, relation: false };
}
