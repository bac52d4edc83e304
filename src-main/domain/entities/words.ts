/**
 * Token-level predicates shared by entity detection and the person and quote extractors.
 * wink's lite model tags many capitalised words at a sentence start as PROPN ("Historical
 * sensitivities…") and some real names as NOUN or VERB ("Sydney Morning Herald", "Rouse"), so
 * names are found from capitalisation first and POS second.
 */
import type { Token } from '../nlp/tokens';

/** Verbs that report speech or writing, by lemma. */
export const SAYING_LEMMAS: ReadonlySet<string> = new Set(
  `say state tell add explain argue declare note write ask reply insist warn announce confirm suggest
  claim assert comment conclude recall report respond remark observe acknowledge admit testify tweet
  answer contend maintain stress emphasise emphasize predict reveal describe`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/** Possessive and personal pronouns; a role that starts with one ("his wife") depends on context. */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

/** Lower-case particles inside names: "Jean le Rond d'Alembert", "Abd al-Karim Qasim". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'de da di del della der den van von le la du dos das bin ibn al el y'.split(' '),
);

const NOT_NAME_POS = new Set(['PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'SYM', 'NUM', 'SPACE', 'X', 'DET']);
const TEMPORAL_ENTITIES = new Set(['DATE', 'TIME', 'DURATION']);
// Opening punctuation after which a capital letter says nothing about a name.
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', ':', ';', '—', '–', '-', '…', '...', '«']);

export function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text) || /^[dlDL]['’]\p{Lu}/u.test(text);
}

export function isSayingVerb(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'VERB' || token.pos === 'AUX') && SAYING_LEMMAS.has(token.lemma.toLowerCase());
}

/** No space between two tokens ("Lung-bin", "Secunia.com", "al-Karim"). */
export function attached(left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && left.end === right.start;
}

/** Where a capital letter is expected anyway: a sentence start or just after an opening mark. */
export function isStartPosition(tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1];
  return previous === undefined || OPENERS.has(previous.text);
}

/** A capitalised word that can be part of a name (not "The", "I", "In", "Thursday" …). */
export function isNameWord(token: Token | undefined): boolean {
  if (token === undefined || !isCapitalised(token.text) || token.text === 'I') return false;
  if ((token.kind !== 'word' && token.kind !== 'other') || /[$€£¥#@]/u.test(token.text)) return false;
  return !NOT_NAME_POS.has(token.pos);
}

export function isTemporal(token: Token): boolean {
  return token.entity !== null && TEMPORAL_ENTITIES.has(token.entity);
}

export function lower(token: Token | undefined): string {
  return token === undefined ? '' : token.text.toLowerCase();
}

export function isPunct(token: Token | undefined, ...marks: string[]): boolean {
  return token !== undefined && marks.includes(token.text);
}

/** Words in a text, for the ~40-word limit on quotes. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
