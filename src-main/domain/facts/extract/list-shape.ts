/**
 * The shape of one list item: what is trimmed off it ("the", "other", a role before a name) and
 * what makes it a plain item. Also the shared head noun after a coordination of names ("the
 * Jalisco New Generation and Sinaloa organizations" → Jalisco New Generation; Sinaloa).
 */
import { ARTICLES, low, wordCount } from './clause-tokens';
import type { Tokens } from './clause-tokens';
import type { TokenRange } from './event-when';

const MAX_ITEM_WORDS = 12;
/** Words that qualify the whole coordination, not its first item ("other homeopaths and naturopaths"). */
const SHARED_QUANTIFIERS = new Set(['other', 'both', 'either', 'various', 'several', 'many', 'some', 'all', 'such', 'these', 'those']);
const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
const HEAD_QUANTIFIERS = new Set(['many', 'several', 'various', 'numerous', 'some', 'other']);

/** "The many light toys" heads its items as "The light toys": a quantifier is no part of the label. */
export function headRange(tokens: Tokens, range: TokenRange): TokenRange {
  let { start } = range;
  if (ARTICLES.has(low(tokens[start])) && HEAD_QUANTIFIERS.has(low(tokens[start + 1])) && range.end - start > 2) return { start: start + 2, end: range.end };
  if (HEAD_QUANTIFIERS.has(low(tokens[start])) && range.end - start > 1) start += 1;
  return { start, end: range.end };
}

const capital = (text: string | undefined): boolean => /^[\p{Lu}\d]/u.test(text ?? '');

/** "the Gulf Cartel" is asked and answered as "Gulf Cartel"; "other homeopaths" as "homeopaths". */
export function trimItem(tokens: Tokens, range: TokenRange, first: boolean, sharedDeterminer = false): TokenRange {
  let { start } = range;
  if (ARTICLES.has(low(tokens[start])) && range.end - start > 1) start += 1;
  const word = low(tokens[start]);
  if (first && (SHARED_QUANTIFIERS.has(word) || (sharedDeterminer && POSSESSIVES.has(word))) && range.end - start > 1) start += 1;
  return withoutDescriptor(tokens, withoutPlace(tokens, { start, end: range.end }));
}

/** "Michigan State University's Broad Art Museum in the US": where a named thing stands is no part of its name. */
function withoutPlace(tokens: Tokens, range: TokenRange): TokenRange {
  for (let k = range.end - 2; k > range.start; k -= 1) {
    if (low(tokens[k]) !== 'in') continue;
    const place = tokens.slice(low(tokens[k + 1]) === 'the' ? k + 2 : k + 1, range.end);
    const named = capital(tokens[k - 1]?.text) && tokens[k - 1]?.pos === 'PROPN';
    return named && place.length > 0 && place.every((t) => capital(t.text)) ? { start: range.start, end: k } : range;
  }
  return range;
}

/**
 * "musician Tiziano Lugli", "the powerful Jalisco New Generation": lower-case words before a
 * capitalised name that ends the item describe it; the name is the item.
 */
function withoutDescriptor(tokens: Tokens, range: TokenRange): TokenRange {
  let nameStart = range.end;
  while (nameStart > range.start && (capital(tokens[nameStart - 1]?.text) || tokens[nameStart - 1]?.text === '-') && tokens[nameStart - 1]?.pos !== 'DET') nameStart -= 1;
  if (nameStart === range.end || nameStart === range.start || !tokens.slice(nameStart, range.end).some((t) => t.pos === 'PROPN')) return range;
  const before = tokens.slice(range.start, nameStart);
  const descriptive = before.every((t) => !capital(t.text) && ['NOUN', 'ADJ'].includes(t.pos));
  return descriptive ? { start: nameStart, end: range.end } : range;
}

/**
 * "Jalisco New Generation and Sinaloa organizations": the last item is a name followed by a
 * plural common noun that heads both items. Returns the last item without it, and the head.
 */
export function sharedHead(tokens: Tokens, first: TokenRange, last: TokenRange): { last: TokenRange; head: TokenRange } | null {
  const firstEnd = tokens[first.end - 1];
  if (!firstEnd || firstEnd.pos !== 'PROPN' || !capital(firstEnd.text)) return null;
  let nounStart = last.end;
  while (nounStart > last.start && !capital(tokens[nounStart - 1]?.text) && tokens[nounStart - 1]?.pos === 'NOUN') nounStart -= 1;
  const head = tokens[last.end - 1];
  const plural = head !== undefined && head.text.toLowerCase() !== head.lemma.toLowerCase() && /s$/i.test(head.text);
  const name = tokens.slice(last.start, nounStart);
  if (nounStart === last.end || !plural || name.length === 0 || !name.every((t) => capital(t.text) || t.text === '-')) return null;
  return { last: { start: last.start, end: nounStart }, head: { start: nounStart, end: last.end } };
}

/** One thing per item: no nested "and"/"or", no pronoun, not a whole clause. */
export function isPlainItem(tokens: Tokens, range: TokenRange): boolean {
  const inner = tokens.slice(range.start, range.end);
  return range.end > range.start && wordCount(tokens, range.start, range.end) <= MAX_ITEM_WORDS &&
    !inner.some((t) => (t.pos === 'CCONJ' && t.text !== '&') || t.pos === 'AUX' || t.pos === 'SCONJ' || (t.pos === 'PRON' && !['its', 'his', 'her', 'their'].includes(low(t))));
}

/**
 * A proper name: capitalised words and numbers ("Jalisco New Generation Cartel", "MS-13"), with
 * lower-case links only inside ("University of Texas at Austin").
 */
export function isName(tokens: Tokens, range: TokenRange): boolean {
  const words = tokens.slice(range.start, range.end).filter((t) => t.kind === 'word' || t.kind === 'number');
  return words.length > 0 && words.some((t) => t.pos === 'PROPN') && capital(words[0]?.text) && capital(words[words.length - 1]?.text) &&
    words.every((t) => capital(t.text) || t.pos === 'PART' || t.pos === 'ADP' || t.pos === 'DET');
}

/** An item that names something: it ends on a noun, a name or a number (never an adjective alone). */
export function hasNounHead(tokens: Tokens, range: TokenRange): boolean {
  const last = tokens[range.end - 1];
  // wink tags some surnames as verbs ("Edgar Degas"): a capitalised word inside a name counts.
  return ['NOUN', 'PROPN', 'NUM', 'X'].includes(last?.pos ?? '') || (range.end - range.start > 1 && capital(last?.text) && capital(tokens[range.start]?.text));
}

/**
 * "tariffs over drug and migration flows": a bare singular noun before "and" and a longer phrase
 * after it share the last noun; the items cannot be told apart, so there is no list.
 */
export function sharesCommonHead(tokens: Tokens, first: TokenRange, last: TokenRange): boolean {
  const lone = tokens[first.start];
  const head = tokens[last.end - 1];
  return first.end - first.start === 1 && lone?.pos === 'NOUN' && lone.text.toLowerCase() === lone.lemma.toLowerCase() &&
    last.end - last.start > 1 && head?.pos === 'NOUN' && head.text.toLowerCase() !== head.lemma.toLowerCase();
}

/** A plain noun phrase without a prepositional phrase ("dead ants", not "organisation in the 1930s"). */
export const isBareItem = (tokens: Tokens, range: TokenRange): boolean => !tokens.slice(range.start, range.end).some((t) => t.pos === 'ADP');
