/**
 * What a number counts or measures, read from the tokens after it: the noun phrase up to its head
 * ("eight Latin American drug cartels"), a unit of measure ("two hours", "15 meter high" → "meters
 * high"), a hyphen compound ("131-page document" → "pages"), or a partitive ("70 percent of the
 * market" → "market").
 */
import type { Token } from '../../nlp/tokens';

export interface Counted {
  readonly text: string | null;
  /** True when `text` is a unit of measure (hours, meters, pages) rather than the things counted. */
  readonly unit: boolean;
  /** True when the number is glued to an adjective ("thousand-strong"): no clean fact to ask. */
  readonly skip: boolean;
  /** True when the phrase is proper nouns only ("Downing Street"): the number is part of a name. */
  readonly proper?: boolean;
}

const UNITS = new Set([
  'second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century', 'millennium',
  'mm', 'cm', 'm', 'km', 'ft', 'meter', 'metre', 'kilometer', 'kilometre', 'mile', 'foot', 'feet', 'inch', 'yard',
  'acre', 'hectare', 'g', 'kg', 'gram', 'kilogram', 'ton', 'tonne', 'lb', 'ounce', 'litre', 'liter', 'gallon',
  'ml', 'mph', 'kph', 'degree', 'page', 'storey', 'story', 'kilowatt', 'megawatt', 'volt', 'watt', 'byte',
  'gigabyte', 'megabyte', 'terabyte', 'calorie', 'lap', 'point',
]);
const AREA = new Set(['square', 'cubic', 'sq']);
const DIMENSION = new Set(['high', 'tall', 'long', 'wide', 'deep', 'old', 'thick', 'away', 'apart']);
const RATE = new Set(['per', 'a', 'an', 'each', 'every']);
const TEMPORAL = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'now', 'ago', 'annually', 'later', 'earlier', 'before', 'after']);
const NP_POS = new Set(['ADJ', 'NOUN', 'PROPN']);

function singular(word: string): string {
  const lower = word.toLowerCase();
  if (lower === 'feet') return 'foot';
  if (lower.endsWith('ies') && lower.length > 4) return `${lower.slice(0, -3)}y`;
  return lower.endsWith('s') && !lower.endsWith('ss') && lower.length > 3 ? lower.slice(0, -1) : lower;
}

export function isUnit(word: string): boolean {
  const lower = word.toLowerCase();
  // "inches", "hours", "centuries": try the word, then without -s, -es and -ies.
  return UNITS.has(lower) || UNITS.has(singular(word)) || (lower.endsWith('es') && UNITS.has(lower.slice(0, -2)));
}

/** English plural of a unit written as a modifier ("15 meter high" → meters); abbreviations stay. */
function plural(word: string, value: number | null): string {
  // Abbreviations (km, kg, mph) have no plural.
  if (value === 1 || !/[aeiouy]/i.test(word) || /s$/i.test(word) || word === word.toUpperCase()) return word;
  if (/foot$/i.test(word)) return word.replace(/oot$/i, 'eet');
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:ch|sh|x|z)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

const glued = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;

/** Is this token part of a plain noun phrase (not a date word like "today")? */
function inPhrase(token: Token | undefined): boolean {
  if (token === undefined || !NP_POS.has(token.pos) || TEMPORAL.has(token.text.toLowerCase())) return false;
  // Words only: "No." in "20 No. 1 hits" is an abbreviation that starts a reference, not a noun.
  if (!/^\p{L}[\p{L}\p{M}'’]*$/u.test(token.text)) return false;
  return token.entity !== 'DATE' && token.entity !== 'TIME';
}

/** A noun phrase from `from` on: modifiers up to the last noun, with glued hyphen compounds. */
function phraseFrom(tokens: readonly Token[], from: number): { text: string; last: number; proper: boolean } | null {
  let last = -1;
  for (let k = from; k < tokens.length && k < from + 7; k += 1) {
    const token = tokens[k];
    const compound = token?.text === '-' && glued(tokens[k - 1], token) && glued(token, tokens[k + 1]);
    if (compound && k > from) continue;
    if (!inPhrase(token)) break;
    if (token?.pos !== 'ADJ') last = k;
  }
  const first = tokens[from];
  const end = tokens[last];
  if (last < from || first === undefined || end === undefined) return null;
  const words = tokens.slice(from, last + 1);
  const text = words.map((t, i) => (i > 0 && !glued(words[i - 1], t) ? ' ' : '') + t.text).join('');
  return { text, last, proper: words.every((t) => t.pos === 'PROPN' || t.text === '-') };
}

/** "branches of government", "times per day": a bare of-phrase or a rate after the head noun. */
function extend(tokens: readonly Token[], phrase: { text: string; last: number }): string {
  const next = tokens[phrase.last + 1];
  const after = tokens[phrase.last + 2];
  if (next !== undefined && RATE.has(next.text.toLowerCase()) && after !== undefined && isUnit(after.text)) {
    return `${phrase.text} ${next.text} ${after.text}`;
  }
  if (next?.text.toLowerCase() === 'of' && after !== undefined && after.pos !== 'DET' && after.pos !== 'PRON') {
    const tail = phraseFrom(tokens, phrase.last + 2);
    if (tail !== null) return `${phrase.text} of ${tail.text}`;
  }
  return phrase.text;
}

/**
 * What the number ending at token `last` counts. `value` decides "meter" → "meters"; `fraction`
 * lets a determiner follow directly ("half its territory"), which for other numbers is noise.
 */
export function countedAfter(tokens: readonly Token[], last: number, value: number | null, fraction = false): Counted {
  let k = last + 1;
  if (tokens[k]?.text === ']' && tokens[k]?.start === tokens[last]?.end) k += 1;
  const hyphen = tokens[k]?.text === '-' && glued(tokens[last], tokens[k]) && glued(tokens[k], tokens[k + 1]);
  const head = tokens[hyphen ? k + 1 : k];
  if (head === undefined) return { text: null, unit: false, skip: false };
  if (hyphen) {
    if (head.pos === 'ADJ' && head.text.toLowerCase() !== 'old') return { text: null, unit: false, skip: true };
    const old = tokens[k + 2]?.text === '-' && tokens[k + 3]?.text.toLowerCase() === 'old';
    return { text: `${plural(head.text, value)}${old ? ' old' : ''}`, unit: true, skip: false };
  }
  // "30°C", "-5 °C": the degree sign and its scale letter, glued.
  if (head.text.startsWith('°')) {
    const scale = glued(head, tokens[k + 1]) && /^[CFK]$/.test(tokens[k + 1]?.text ?? '') ? tokens[k + 1]?.text ?? '' : '';
    return { text: `${head.text}${scale}`, unit: true, skip: false };
  }
  const area = AREA.has(head.text.toLowerCase()) && tokens[k + 1] !== undefined && isUnit(tokens[k + 1]?.text ?? '');
  const unitToken = area ? tokens[k + 1] : head;
  // "1.5m people": "m" before a noun is millions, not metres; too ambiguous to ask.
  if (unitToken?.text === 'm' && ['NOUN', 'PROPN'].includes(tokens[k + 1]?.pos ?? '')) return { text: null, unit: false, skip: true };
  if (unitToken !== undefined && isUnit(unitToken.text) && unitToken.pos !== 'PROPN') {
    const unitEnd = area ? k + 1 : k;
    // "6 ft 2 in", "2 hours 30 minutes": the first part alone would be a wrong answer.
    if (/^\d/.test(tokens[unitEnd + 1]?.text ?? '')) return { text: null, unit: false, skip: true };
    const unitText = `${area ? `${head.text} ` : ''}${plural(unitToken.text, value)}`;
    const dimension = tokens[unitEnd + 1];
    const withDimension = dimension !== undefined && DIMENSION.has(dimension.text.toLowerCase()) ? `${unitText} ${dimension.text}` : unitText;
    return { text: extend(tokens, { text: withDimension, last: unitEnd + (withDimension === unitText ? 0 : 1) }), unit: true, skip: false };
  }
  // Partitive: "two of the cartels", "70 percent of the market", "half its territory".
  let from = k;
  const partitive = head.text.toLowerCase() === 'of';
  if (partitive) from += 1;
  if ((partitive || fraction) && (tokens[from]?.pos === 'DET' || tokens[from]?.pos === 'PRON')) from += 1;
  if (from > k && !inPhrase(tokens[from])) return { text: null, unit: false, skip: false };
  const phrase = phraseFrom(tokens, from);
  if (phrase === null) return { text: null, unit: false, skip: false };
  return { text: extend(tokens, phrase), unit: false, skip: false, proper: phrase.proper };
}
