/**
 * Numbers that are written in a sentence but are not facts worth a flashcard: parts of names
 * ("Internet Explorer 6", "MS-13"), references ("page 3", "Table 2"), list markers, clock
 * times, scores, addresses, "one" as a pronoun, and ordinals in idioms ("for the first time").
 * Each rule returns a reason so the quality report can say why a number was left out.
 */
import type { NumberForm } from '../model';
import type { Token } from '../../nlp/tokens';
import { parseNumberExpression } from '../../numbers';
import { isUnit } from './number-counted';
import type { Counted } from './number-counted';
import type { NumberMention } from './number-spans';

/** A number as read in its sentence (see number.ts). */
export interface Reading {
  readonly form: NumberForm;
  readonly counted: Counted;
  /** "Thomas Sam, 42,": the number is the age of the person named before it. */
  readonly age: boolean;
  /** Last token of the answer: "19th century" is answered by "19th". */
  readonly answerLast: number;
}

/** Words that make the following number an identifier, not a quantity. */
const REFERENCE_WORDS = new Set([
  'page', 'p', 'pp', 'chapter', 'ch', 'figure', 'fig', 'table', 'section', 'sec', 'no', 'nos', 'number', 'vol',
  'volume', 'issue', 'episode', 'season', 'part', 'step', 'version', 'v', 'article', 'art', 'room', 'flight',
  'route', 'highway', 'platform', 'gate', 'bus', 'exit', 'stage', 'phase', 'act', 'scene', 'verse', 'appendix',
  'item', 'rule', 'clause', 'paragraph', 'model', 'type', 'category', 'division', 'district', 'ward', 'suite',
  'apartment', 'lot', 'box', 'channel', 'code', 'zone', 'track', 'level', 'grade', 'class', 'row', 'seat',
]);
const CLOCK_WORDS = new Set(['a.m.', 'p.m.', 'am', 'pm', 'gmt', 'utc', "o'clock", 'hrs', 'est', 'pst', 'cet', 'bst']);
const STREET_WORDS = new Set(['street', 'st.', 'avenue', 'ave.', 'road', 'rd.', 'boulevard', 'blvd.', 'lane', 'drive', 'way', 'place', 'terrace']);
const SCORE_WORDS = new Set(['win', 'won', 'beat', 'defeat', 'defeated', 'victory', 'lose', 'lost', 'loss', 'draw', 'score', 'scored', 'vote', 'voted', 'votes', 'lead', 'final', 'match', 'game', 'set']);
/** Ordinals in these idioms carry no fact: "for the first time", "a second thought". */
const ORDINAL_IDIOMS = new Set([
  'time', 'times', 'thing', 'things', 'hand', 'glance', 'sight', 'person', 'party', 'aid', 'lady', 'class', 'rate',
  'world', 'language', 'nature', 'thought', 'thoughts', 'opinion', 'chance', 'name', 'half', 'step', 'steps', 'impression',
]);

const CURRENCY = /\$$|^[€£¥₹₩₽]$/;
const glued = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;
const lower = (token: Token | undefined): string => token?.text.toLowerCase() ?? '';

function isCount(token: Token | undefined): boolean {
  const form = token === undefined ? undefined : parseNumberExpression(token.text)?.form;
  return form === 'digits' || form === 'words';
}

/** Reasons that hold for any number, before its counted noun is known. */
export function skipByContext(tokens: readonly Token[], mention: NumberMention): string | null {
  const { first, last } = mention;
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  // "MS-13", "COVID-19", "F-16", "Nicktendo64": glued to letters before it.
  if (glued(before, tokens[first]) && (/[A-Za-z]$/.test(before?.text ?? '') || (before?.text === '-' && /[A-Za-z]$/.test(tokens[first - 2]?.text ?? '') && glued(tokens[first - 2], before)))) {
    return 'part of a name';
  }
  if (glued(tokens[last], after) && /^[A-Za-z]/.test(after?.text ?? '')) return 'part of a name';
  if (REFERENCE_WORDS.has(lower(before).replace(/\.$/, ''))) return 'reference';
  if (first === 0 && (after?.text === '.' || after?.text === ')')) return 'list marker';
  // "10 : 30" split by the tokenizer: a colon glued between two numbers.
  const digitBeside = (token: Token | undefined): boolean => /^\d/.test(token?.text ?? '') || /\d$/.test(token?.text ?? '');
  const colon = (after?.text === ':' && glued(tokens[last], after) && glued(after, tokens[last + 2]) && digitBeside(tokens[last + 2]))
    || (before?.text === ':' && glued(before, tokens[first]) && glued(tokens[first - 2], before) && digitBeside(tokens[first - 2]));
  if (CLOCK_WORDS.has(lower(after)) || colon) return 'clock time';
  if (mention.expression.form === 'range' && !/\b(?:to|and)\b/i.test(tokens.slice(first, last + 1).map((t) => t.text).join(' ')) && tokens.some((t) => SCORE_WORDS.has(lower(t)))) {
    return 'score';
  }
  // "1 in 5 adults", "3 out of 4": a ratio, whose parts mean nothing alone. "$72 in two days" is not one.
  const bare = (k: number): boolean => isCount(tokens[k]) && !CURRENCY.test(tokens[k - 1]?.text ?? '') && !isUnit(tokens[k + 1]?.text ?? '');
  const ratioAfter = bare(first) && ((lower(after) === 'in' && bare(last + 2)) || (lower(after) === 'out' && lower(tokens[last + 2]) === 'of'));
  const ratioBefore = bare(first) && ((lower(before) === 'in' && bare(first - 2))
    || (lower(before) === 'of' && lower(tokens[first - 2]) === 'out' && bare(first - 3)));
  if (ratioAfter || ratioBefore) return 'ratio';
  // A capitalised number word inside a sentence names something: "Ocean's Eleven", "the Big Four".
  const opening = tokens.slice(0, first).every((t) => t.pos === 'PUNCT');
  if (!opening && /^[A-Z][a-z]/.test(tokens[first]?.text ?? '') && !/^\d/.test(tokens[first]?.text ?? '') && mention.expression.form !== 'date') {
    return 'part of a title';
  }
  // "won 3–1": a dash between two numbers that do not make a range is a score or a result.
  // Dates may stand either side of a spaced dash ("8 February 1700 – 17 March 1782"); scores are glued.
  const gluedDash = (a: Token | undefined, dash: Token | undefined, b: Token | undefined): boolean =>
    (dash?.text === '–' || dash?.text === '-') && glued(a, dash) && glued(dash, b) && digitBeside(a) && digitBeside(b);
  if (gluedDash(tokens[last], after, tokens[last + 2]) || gluedDash(tokens[first - 2], before, tokens[first])) return 'score';
  let k = last + 1;
  while (tokens[k]?.pos === 'PROPN') k += 1;
  if (k > last + 1 && STREET_WORDS.has(lower(tokens[k - 1]))) return 'address';
  return null;
}

/** Words wink may tag as proper nouns at the start of a sentence that only hedge a number. */
const HEDGE_WORDS = new Set(['approximately', 'about', 'around', 'nearly', 'almost', 'over', 'some', 'roughly', 'only', 'just', 'more', 'less', 'up']);

/**
 * A digit number right after a name ("Internet Explorer 6", "London 2012 Olympics", "iPhone 12
 * units"). Even with a noun after it the number is a model or an edition, not a count.
 */
function followsName(tokens: readonly Token[], mention: NumberMention): boolean {
  const before = tokens[mention.first - 1];
  const start = tokens[mention.first];
  if (before === undefined || start === undefined || before.pos !== 'PROPN' || HEDGE_WORDS.has(lower(before))) return false;
  return /[A-Z]/.test(before.text) && /^\d/.test(start.text);
}

/** Ordinals that do not state a rank: adverbs ("first persuaded"), idioms, "fourth or fifth". */
function skipOrdinal(tokens: readonly Token[], mention: NumberMention, counted: string | null): string | null {
  const token = tokens[mention.first];
  const after = tokens[mention.last + 1];
  const before = tokens[mention.first - 1];
  if (token?.text.startsWith('#')) return null;
  if (counted === null) return 'ordinal without a noun';
  // "was first persuaded" is an adverb; "the second lowest grade" is tagged one but is a rank.
  if ((token?.pos === 'ADV' && before?.pos !== 'DET') || token?.pos === 'VERB') return 'ordinal used as an adverb';
  if (after?.pos === 'CCONJ' || before?.pos === 'CCONJ' || after?.text === '-') return 'coordinated ordinal';
  if (ORDINAL_IDIOMS.has(counted.split(' ')[0]?.toLowerCase() ?? '')) return 'idiom';
  return null;
}

/** "one" as a pronoun or article ("one of the", "the one who", "One side"), unless "only one". */
function skipOne(tokens: readonly Token[], mention: NumberMention, counted: string | null): string | null {
  if (mention.expression.value !== 1 || mention.expression.form !== 'words') return null;
  const before = lower(tokens[mention.first - 1]);
  return counted !== null && (before === 'only' || before === 'just' || before === 'exactly') ? null : 'one as a pronoun';
}

/** A bare number is a fact after a verb: "has 277", "grew to 1.2 million", "rose by 40". */
function statesValue(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (before?.pos === 'VERB' || before?.pos === 'AUX') return true;
  return (lower(before) === 'to' || lower(before) === 'by') && tokens[first - 2]?.pos === 'VERB';
}

/** Reasons that need the reading: what the number counts decides whether it is a fact. */
export function skipReading(tokens: readonly Token[], mention: NumberMention, reading: Reading, text: string): string | null {
  const { form, counted, age } = reading;
  const countedText = counted.text;
  if (counted.skip) return 'glued to an adjective';
  if (form === 'digits' && countedText === null && !age && !statesValue(tokens, mention.first)) return 'bare number';
  if (form === 'words' && countedText === null && !age) return 'number word as a pronoun';
  if (form !== 'date' && form !== 'percent' && form !== 'money' && followsName(tokens, mention)) return 'part of a name';
  // "10 Downing Street", "24 Hours of Le Mans", "90 million iPhone": a count of a name is a name.
  if ((form === 'digits' || form === 'words') && counted.proper && !counted.unit) return 'part of a name';
  if (form === 'fraction') {
    // "5/6" is as often a date as a fraction; only fractions in words and glyphs are asked.
    const written = text.slice(tokens[mention.first]?.start ?? 0, tokens[mention.last]?.end ?? 0);
    if (written.includes('/') || countedText === null || tokens[mention.last + 1]?.text === '-') return 'not a fraction of something';
  }
  if (form === 'ordinal') return skipOrdinal(tokens, mention, countedText);
  return skipOne(tokens, mention, countedText);
}
