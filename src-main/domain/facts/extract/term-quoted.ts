/**
 * Quoted names: short phrases in quotation marks that name a policy, a label or a concept, not
 * words someone said. "labelling seven drug cartels as “terrorist entities”" (a label and what it
 * labels), "her predecessor’s “hugs not bullets” approach" (a name and the noun it names),
 * "On a new website, "The Internet Explorer 6 Countdown", …" (an appositive name), and a bare
 * quoted concept ("with 'observer bias'") when no verb of saying is anywhere near.
 */
import { trimTail } from './clause';
import { nounPhraseEnd, nounPhraseStart, NOUN_PREPOSITIONS } from './clause-np';
import { low, quotePairs, wordCount } from './clause-tokens';
import type { Tokens } from './clause-tokens';
import type { TokenRange } from './event-when';
import { describingVerbBefore } from './term-labels';

export interface TermCandidate {
  readonly term: TokenRange;
  readonly denotes: TokenRange | null;
  readonly rule: string;
}

const MAX_TERM_WORDS = 6;
const LABEL_VERBS = new Set(['label', 'designate', 'brand', 'dub', 'term', 'nickname', 'name', 'call', 'classify', 'list', 'rate', 'class', 'categorize', 'categorise', 'style', 'title', 'refer']);
const SAYING = new Set([
  'say', 'tell', 'state', 'declare', 'add', 'write', 'claim', 'assert', 'ask', 'reply', 'explain', 'describe', 'insist', 'argue',
  'note', 'recall', 'quote', 'conclude', 'warn', 'announce', 'comment', 'tweet', 'testify', 'shout', 'promise', 'vow',
]);

/** A verb of saying outside the quotes: then quoted words are someone's, and the quote rule owns them. */
export function hasSpeech(tokens: Tokens, nested: readonly boolean[]): boolean {
  return tokens.some((t, i) => !nested[i] && ((t.pos === 'VERB' && SAYING.has(t.lemma)) || (low(t) === 'according' && low(tokens[i + 1]) === 'to')));
}

export function quotedCandidates(tokens: Tokens, nested: readonly boolean[]): TermCandidate[] {
  const speech = hasSpeech(tokens, nested);
  const pairs = quotePairs(tokens);
  const found: TermCandidate[] = [];
  for (const [open, close] of pairs) {
    // A quote inside a quote is part of someone's words.
    if (pairs.some(([o, c]) => o < open && c > close) || open === 0) continue;
    const term = { start: open + 1, end: trimTail(tokens, open + 1, close) };
    const words = wordCount(tokens, term.start, term.end);
    if (words === 0 || words > MAX_TERM_WORDS) continue;
    const candidate = labelled(tokens, pairs, open, term) ?? refersTo(tokens, nested, close, term) ?? modifier(tokens, close, term) ??
      (speech ? null : appositive(tokens, open, close, term) ?? concept(tokens, close, term));
    if (candidate) found.push(candidate);
  }
  return found;
}

/** "labelling seven drug cartels as “terrorist entities”", "equipment nicknamed the 'Nickinator', 'i-Nick' and …". */
function labelled(tokens: Tokens, pairs: ReadonlyArray<readonly [number, number]>, open: number, term: TokenRange): TermCandidate | null {
  // Walk back over earlier names of the same series: "the 'Nickinator', 'i-Nick' and the …".
  const quoted = (i: number): boolean => pairs.some(([o, c]) => o <= i && i <= c);
  let k = open - 1;
  while (k >= 0 && open - k < 16 && (['DET', 'CCONJ'].includes(tokens[k]?.pos ?? '') || tokens[k]?.text === ',' || quoted(k))) k -= 1;
  if (low(tokens[k]) === 'as') {
    const objectStart = nounPhraseStart(tokens, k, NOUN_PREPOSITIONS);
    const verb = tokens[objectStart - 1];
    if (verb && LABEL_VERBS.has(verb.lemma) && objectStart < k) return { term, denotes: { start: objectStart, end: k }, rule: 'term:quoted-label' };
    // "She was described by The Guardian as the 'Queen of the curve'": a label, not someone's words.
    return describingVerbBefore(tokens, k) >= 0 ? { term, denotes: null, rule: 'term:quoted-label' } : null;
  }
  const verb = tokens[k];
  if (!verb || verb.pos !== 'VERB' || !LABEL_VERBS.has(verb.lemma) || verb.lemma === 'refer') return null;
  let before = k;
  while (before > 0 && tokens[before - 1]?.pos === 'AUX') before -= 1;
  const subjectStart = nounPhraseStart(tokens, before, NOUN_PREPOSITIONS);
  return { term, denotes: subjectStart < before ? { start: subjectStart, end: before } : null, rule: 'term:quoted-label' };
}

/** "To "route out" in Scientology jargon refers to the member who …": a defined quoted term. */
function refersTo(tokens: Tokens, nested: readonly boolean[], close: number, term: TokenRange): TermCandidate | null {
  let k = close + 1;
  if (tokens[k]?.pos === 'ADP' && low(tokens[k]) !== 'to') k = Math.max(k + 1, nounPhraseEnd(tokens, k + 1));
  const means = low(tokens[k]) === 'means' || (['refers', 'refer', 'referred'].includes(low(tokens[k])) && low(tokens[k + 1]) === 'to');
  if (!means) return null;
  const start = low(tokens[k]) === 'means' ? k + 1 : k + 2;
  let end = start;
  while (end < tokens.length && !nested[end] && !['.', ';', ':', '!', '?'].includes(tokens[end]?.text ?? '')) {
    const word = low(tokens[end]);
    if (wordCount(tokens, start, end) >= 6 && (tokens[end]?.text === ',' || ['while', 'when', 'because', 'although', 'which'].includes(word))) break;
    end += 1;
  }
  end = trimTail(tokens, start, end);
  return end > start && wordCount(tokens, start, end) <= 20 ? { term, denotes: { start, end }, rule: 'term:defined' } : null;
}

/** "her predecessor’s “hugs not bullets” approach", "'self-medicating' ants": the noun after names it. */
function modifier(tokens: Tokens, close: number, term: TokenRange): TermCandidate | null {
  const next = tokens[close + 1];
  // "'non-scientific' jargon-free communication": a quoted adjective is a manner of speaking, not a name.
  if (tokens[term.end - 1]?.pos === 'ADJ') return null;
  if (!next || !['NOUN', 'PROPN'].includes(next.pos) && !(next.pos === 'ADJ' && ['NOUN', 'PROPN'].includes(tokens[close + 2]?.pos ?? ''))) return null;
  const end = nounPhraseEnd(tokens, close + 1);
  return end > close + 1 ? { term, denotes: { start: close + 1, end }, rule: 'term:quoted-modifier' } : null;
}

/** "On a new website, "The Internet Explorer 6 Countdown", Microsoft …": the name of the phrase before. */
function appositive(tokens: Tokens, open: number, close: number, term: TokenRange): TermCandidate | null {
  if (tokens[open - 1]?.text !== ',' || ![',', '.', ';', ')'].includes(tokens[close + 1]?.text ?? '')) return null;
  // A name, not words: capitalised, no verb or pronoun inside.
  const inner = tokens.slice(term.start, term.end);
  if (!/^[\p{Lu}\d]/u.test(inner[0]?.text ?? '') || inner.some((t) => ['VERB', 'AUX', 'PRON'].includes(t.pos))) return null;
  const start = nounPhraseStart(tokens, open - 1, new Set());
  if (start >= open - 1 || !['a', 'an', 'the', 'its', 'their', 'his', 'her'].includes(low(tokens[start]))) return null;
  return { term, denotes: { start, end: open - 1 }, rule: 'term:quoted-name' };
}

/** "… influence the results with 'observer bias'": a short quoted noun phrase, no speaker near. */
function concept(tokens: Tokens, close: number, term: TokenRange): TermCandidate | null {
  const inner = tokens.slice(term.start, term.end);
  // "to 'force feed' the ROS" uses the quoted words as a verb, not as a name.
  if (low(tokens[term.start - 2]) === 'to' || ['DET', 'NOUN', 'PROPN', 'PRON'].includes(tokens[close + 1]?.pos ?? '')) return null;
  if (wordCount(tokens, term.start, term.end) < 2 || inner.some((t) => ['VERB', 'AUX', 'PRON', 'SCONJ', 'CCONJ'].includes(t.pos))) return null;
  if (nounPhraseEnd(tokens, term.start, { prepositions: NOUN_PREPOSITIONS }) !== term.end) return null;
  return { term, denotes: null, rule: 'term:quoted-concept' };
}

/**
 * For the quote rule: quoted words that are the label in "described/called … as '…'" are a term,
 * not a quotation ("She was described by The Guardian as the 'Queen of the curve'").
 */
export function isLabelQuote(tokens: Tokens, open: number): boolean {
  const before = low(tokens[open - 1]) === 'the' || low(tokens[open - 1]) === 'a' ? open - 2 : open - 1;
  return low(tokens[before]) === 'as' && describingVerbBefore(tokens, before) >= 0;
}
