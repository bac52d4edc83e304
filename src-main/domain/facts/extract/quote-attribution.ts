/**
 * Who said a quotation, read from the words around its marks:
 * after it (`"…," Sheinbaum stated.`, `"…," said Bos.`, `"…", according to the Herald.`) or
 * before it (`Rathbun wrote, "…"`, `told the court that, …, "…"`, `declaring that … "…"`,
 * `described her … as "…"`, `in the words of the prosecutor, Mark Tedeschi, "…"`,
 * `Rathbun stated,` ending the paragraph before). A quotation with no verb of saying is a
 * label or scare quote, not speech: no attribution.
 */
import { isSayingVerb, wordCount } from '../../entities';
import type { Token } from '../../nlp/tokens';
import type { QuoteMarks } from './quote-marks';
import { mentionStartingAt, resolvePronoun, subjectOf, type Speaker, type SpeakerScope } from './quote-speaker';

export interface Attribution {
  readonly speaker: Speaker;
  readonly rule: string;
  /** Position in `context.sentences` of the sentence that carries the attribution. */
  readonly position: number;
}

export interface Located {
  readonly position: number;
  readonly token: number;
}

const MIN_REPORTED_WORDS = 2;
const MAX_APPOSITION = 12;
const MAX_LEAD_IN = 6;
const LABELLING = new Set(['rated', 'called', 'labeled', 'labelled', 'dubbed', 'named', 'termed', 'nicknamed', 'branded', 'as', 'so-called']);
const isMark = (token: Token | undefined): boolean => token !== undefined && /^["“”'‘’]$/.test(token.text);
const lemma = (token: Token | undefined): string => token?.lemma.toLowerCase() ?? '';
const withRule = (speaker: Speaker | null, rule: string, position: number): Attribution | null =>
  speaker === null ? null : { speaker, rule, position };

function pronounOrMention(scope: SpeakerScope, position: number, at: number): Speaker | null {
  const word = scope.context.sentences[position]?.tokens[at]?.text.toLowerCase();
  if (word === 'he' || word === 'she') return resolvePronoun(scope, position, at, word === 'he' ? 'male' : 'female');
  return mentionStartingAt(scope, position, at);
}

/** `"…," Sheinbaum stated.` / `"…," said Bos.` / `"…", according to the Sydney Morning Herald.` */
export function attributionAfter(scope: SpeakerScope, close: Located): Attribution | null {
  const { position } = close;
  const tokens = scope.context.sentences[position]?.tokens ?? [];
  let at = close.token + 1;
  if (tokens[at]?.text === ',') at += 1;
  if (lemma(tokens[at]) === 'accord' && tokens[at + 1]?.text === 'to') {
    return withRule(mentionStartingAt(scope, position, at + 2), 'quote:according-to', position);
  }
  if (isSayingVerb(tokens[at]) && !tokens[at]?.text.endsWith('ing')) {
    return withRule(pronounOrMention(scope, position, at + 1), 'quote:quote-then-verb', position);
  }
  const word = tokens[at]?.text.toLowerCase() ?? '';
  const pronoun = word === 'he' || word === 'she';
  const speaker = pronounOrMention(scope, position, at);
  if (speaker === null) return null;
  let verb = pastApposition(tokens, (pronoun ? at : speaker.mention.tokenRange[1]) + 1);
  while (tokens[verb]?.pos === 'ADV' || tokens[verb]?.pos === 'AUX') verb += 1;
  return isSayingVerb(tokens[verb]) ? { speaker, rule: 'quote:quote-then-verb', position } : null;
}

/** `"…," Smith, 45, said` / `"…," Bos, a biologist, said`: past the commas to the verb. */
function pastApposition(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== ',') return at;
  for (let end = at + 1; end < tokens.length && end - at <= MAX_APPOSITION; end += 1) {
    const token = tokens[end];
    if (token?.text === ',') return end + 1;
    if (token === undefined || token.pos === 'VERB' || token.pos === 'AUX' || isMark(token)) break;
  }
  return at;
}

/** The verb of saying nearest before the quotation, and whether its words lead into it. */
export function attributionBefore(scope: SpeakerScope, open: Located, quote: QuoteMarks, text: string): Attribution | null {
  const { position } = open;
  const tokens = scope.context.sentences[position]?.tokens ?? [];
  const wordsOf = tokens.slice(0, open.token).map((token) => token.text.toLowerCase());
  const wordsAt = wordsOf.lastIndexOf('words');
  if (wordsAt > 1 && wordsOf[wordsAt - 2] === 'in' && wordsOf[wordsAt + 1] === 'of') {
    const people = scope.context.entities.mentionsIn(scope.context.sentences[position]?.sentence.index ?? -1);
    const named = people.filter((m) => m.tokenRange[0] > wordsAt && m.tokenRange[1] < open.token).at(-1);
    if (named !== undefined) return { speaker: { mention: named, position }, rule: 'quote:in-the-words-of', position };
  }
  let verb = open.token - 1;
  while (verb >= 0 && !isSayingVerb(tokens[verb]) && !isMark(tokens[verb])) verb -= 1;
  if (verb < 0 || !isSayingVerb(tokens[verb])) return accordingTo(scope, open);
  const between = tokens.slice(verb + 1, open.token);
  const quoted = text.slice(quote.content.start, quote.content.end).trim();
  // "described … as the 'Queen of the curve'": a capitalised epithet is a nickname, not words said.
  if (/^\p{Lu}/u.test(quoted) && !/^I\b/.test(quoted) && ['the', 'a'].includes(tokens[open.token - 1]?.text.toLowerCase() ?? '')) return null;
  const rule = leadIn(tokens[verb], between, wordCount(quoted));
  return rule === null ? null : withRule(subjectOf(scope, position, verb), rule, position);
}

/** How the words between the verb and the opening mark lead into the quotation, if they do. */
function leadIn(verb: Token | undefined, between: readonly Token[], quoteWords: number): string | null {
  const words = between.filter((token) => token.text !== ',' && token.text !== ':');
  if (words.length === 0) return 'quote:verb-then-quote';
  // "rated "highly critical"", "known as "…"": the quotation is a label, not the speaker's words.
  if (LABELLING.has(words.at(-1)?.text.toLowerCase() ?? '') && lemma(verb) !== 'describe') return null;
  // "told the court that, over …, "…"" / "declaring that Mexico would "…"": reported speech.
  const that = words.findIndex((token) => token.text.toLowerCase() === 'that');
  const beforeThat = that < 0 ? [] : words.slice(0, that);
  if (that >= 0 && that <= 4 && beforeThat.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX')) {
    return quoteWords >= MIN_REPORTED_WORDS ? 'quote:reported-speech' : null;
  }
  // "described her at graduation as "…"", "described by W. W. Rouse Ball as "…"".
  const as = words.findIndex((token) => token.text.toLowerCase() === 'as');
  if (lemma(verb) === 'describe' && as >= 0 && as <= 6 && words.length - as - 1 <= 4) return 'quote:described-as';
  // "told reporters: "…"", "said in a statement, "…"": a short object or phrase, then , or :.
  const short = words.length <= MAX_LEAD_IN && words.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && !isMark(t));
  if (short && /^[,:]$/.test(between.at(-1)?.text ?? '')) return 'quote:verb-then-quote';
  return null;
}

/** `According to Rathbun, "…"`. */
function accordingTo(scope: SpeakerScope, open: Located): Attribution | null {
  const tokens = scope.context.sentences[open.position]?.tokens ?? [];
  for (let at = open.token - 1; at >= 0 && open.token - at < 12; at -= 1) {
    if (lemma(tokens[at]) === 'accord' && tokens[at + 1]?.text === 'to') {
      const speaker = mentionStartingAt(scope, open.position, at + 2);
      const end = speaker?.mention.tokenRange[1] ?? -1;
      const leads = tokens.slice(end + 1, open.token).every((token) => token.text === ',');
      return leads ? withRule(speaker, 'quote:according-to', open.position) : null;
    }
  }
  return null;
}

/** A paragraph that only opens a quotation: "Rathbun stated," then the quote as the next paragraph. */
export function attributionInLeadIn(scope: SpeakerScope, position: number): Attribution | null {
  const tokens = scope.context.sentences[position]?.tokens ?? [];
  const last = tokens.length - 1;
  if (!/^[,:]$/.test(tokens[last]?.text ?? '') || !isSayingVerb(tokens[last - 1])) return null;
  return withRule(subjectOf(scope, position, last - 1), 'quote:verb-then-next-paragraph', position);
}
