/**
 * Names the article gives things, unquoted: a name with the kind of thing it names ("the NEMISIS
 * database", "the AntyScience blog", "the stamp Protected B", "the publication Freedom Magazine",
 * "the markup language HTML 5"), and a bracketed gloss ("Y-tong [aerated concrete]", an acronym
 * spelled out: "ROS [Reactive Oxygen Species, …]" → "Reactive Oxygen Species"), or a name followed
 * by its short form ("the Federal Bureau of Investigation (FBI)", "Internet Explorer 9 (IE9)").
 */
import { memo } from '../../memo';
import type { Mention } from '../context';
import { isJoiner, low } from './clause-tokens';
import type { Tokens } from './clause-tokens';
import type { TermCandidate } from './term-quoted';

/** Kinds of named things: works, media, systems, products, marks, groups. */
const KINDS = new Set([
  'database', 'blog', 'website', 'site', 'magazine', 'newspaper', 'journal', 'publication', 'newsletter', 'podcast', 'channel',
  'gang', 'band', 'cult', 'sect', 'app', 'software', 'program', 'programme', 'system', 'language', 'protocol', 'format', 'standard',
  'stamp', 'brand', 'label', 'project', 'campaign', 'operation', 'album', 'film', 'movie', 'book', 'novel', 'series', 'show',
  'game', 'browser', 'device', 'platform', 'network', 'scheme', 'initiative', 'doctrine', 'treaty', 'manifesto', 'algorithm',
]);
const PERSONAL = new Set(['person', 'place', 'nationality']);

const nameish = (tokens: Tokens, i: number): boolean => {
  const token = tokens[i];
  if (!token || ['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT'].includes(token.pos)) return isJoiner(tokens, i);
  return /^[\p{Lu}\d]/u.test(token.text) || /\p{Ll}\p{Lu}/u.test(token.text);
};

/** occursOnce's answers, by article text and then phrase. */
const onceMemo = memo<string, Map<string, boolean>>(16);

/**
 * Whether `phrase` is in the text exactly once, as `text.split(phrase).length === 2` says, but
 * without splitting the whole article for every candidate: two indexOf calls, memoized.
 */
function occursOnce(text: string, phrase: string): boolean {
  if (phrase === '') return text.length === 2;
  const found = onceMemo.get(text) ?? onceMemo.set(text, new Map());
  let once = found.get(phrase);
  if (once === undefined) {
    const first = text.indexOf(phrase);
    once = first >= 0 && text.indexOf(phrase, first + phrase.length) < 0;
    found.set(phrase, once);
  }
  return once;
}

export function namedKindCandidates(tokens: Tokens, nested: readonly boolean[], mentions: readonly Mention[], articleText: string): TermCandidate[] {
  const personal = (start: number, end: number): boolean =>
    mentions.some((m) => PERSONAL.has(m.type) && m.span.start < (tokens[end - 1]?.end ?? 0) && (tokens[start]?.start ?? 0) < m.span.end);
  const found: TermCandidate[] = [];
  tokens.forEach((token, k) => {
    if (nested[k] || !KINDS.has(low(token)) || token.pos !== 'NOUN') return;
    // "the NEMISIS database", "the Hells Angels biker gang": the name just before (one modifier allowed).
    let end = k;
    if (tokens[end - 1]?.pos === 'NOUN' && !nameish(tokens, end - 1)) end -= 1;
    let start = end;
    while (start > 0 && nameish(tokens, start - 1) && !nested[start - 1]) start -= 1;
    // "the Scientology propaganda publication Freedom Magazine": with a name after the kind, the one before only qualifies it.
    const namedAfter = nameish(tokens, k + 1) && !nested[k + 1];
    // "the Scientology device": a name the article uses on its own elsewhere only qualifies the kind.
    const once = (from: number, to: number): boolean => occursOnce(articleText, articleText.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0));
    if (!namedAfter && start < end && start > 0 && once(start, end) && ['the', 'a', 'an', 'its', 'his', 'her', 'their'].includes(low(tokens[start - 1])) && !isJoiner(tokens, start) && !personal(start, end)) {
      found.push({ term: { start, end }, denotes: { start: start - 1, end: k + 1 }, rule: 'term:named-kind' });
    }
    // "the stamp Protected B", "the publication Freedom Magazine": the name just after.
    let after = k + 1;
    while (after < tokens.length && nameish(tokens, after) && !nested[after]) after += 1;
    const kindStart = kindPhraseStart(tokens, k);
    if (after > k + 1 && kindStart >= 0 && !isJoiner(tokens, after - 1) && !personal(k + 1, after)) {
      found.push({ term: { start: k + 1, end: after }, denotes: { start: kindStart, end: k + 1 }, rule: 'term:kind-name' });
    }
  });
  return found;
}

/**
 * "A sensitive Environment Canada document was found …": a name of two or more words between the
 * subject's determiner (and adjectives) and its common head says whose or which the thing is.
 * Only in the subject that opens a clause, and never a person, place or nationality.
 */
export function attributiveNameCandidates(tokens: Tokens, nested: readonly boolean[], mentions: readonly Mention[], subjects: ReadonlyArray<{ start: number; end: number }>): TermCandidate[] {
  const found: TermCandidate[] = [];
  for (const { start, end } of subjects) {
    if (!['a', 'an', 'the'].includes(low(tokens[start])) || nested[start]) continue;
    let k = start + 1;
    while (k < end && tokens[k]?.pos === 'ADJ') k += 1;
    const nameStart = k;
    while (k < end && tokens[k]?.pos === 'PROPN') k += 1;
    const head = tokens[k];
    if (k - nameStart < 2 || head?.pos !== 'NOUN' || /^\p{Lu}/u.test(head.text)) continue;
    const mention = mentions.find((m) => m.span.start === tokens[nameStart]?.start && m.span.end === tokens[k - 1]?.end);
    if (!mention || PERSONAL.has(mention.type)) continue;
    found.push({ term: { start: nameStart, end: k }, denotes: { start, end: k + 1 }, rule: 'term:attributive-name' });
  }
  return found;
}

/** The phrase "the newest web core markup language" must open with a determiner. */
function kindPhraseStart(tokens: Tokens, k: number): number {
  for (let i = k - 1; i >= 0 && k - i <= 6; i -= 1) {
    const token = tokens[i];
    if (!token) break;
    if (['the', 'a', 'an', 'its', 'his', 'her', 'their'].includes(low(token))) return i;
    if (!['NOUN', 'ADJ', 'PROPN'].includes(token.pos) && !isJoiner(tokens, i) && !(token.pos === 'VERB' && /(ed|ing)$/.test(token.text))) break;
  }
  return -1;
}

/** "Y-tong [aerated concrete]" and "ROS [Reactive Oxygen Species, the group of …]". */
export function glossCandidates(tokens: Tokens): TermCandidate[] {
  const found: TermCandidate[] = [];
  tokens.forEach((token, open) => {
    if (token.text !== '[' && token.text !== '(') return;
    const closer = token.text === '[' ? ']' : ')';
    let close = open + 1;
    while (close < tokens.length && ![closer, ',', ';'].includes(tokens[close]?.text ?? '')) close += 1;
    const inner = tokens.slice(open + 1, close);
    if (inner.length === 0 || inner.length > 6 || !inner.every((t) => ['NOUN', 'PROPN', 'ADJ', 'X'].includes(t.pos) || t.text === '-')) return;
    // The word before the bracket, with parts written together ("Y-tong").
    let start = open - 1;
    while (start > 0 && tokens[start - 1]?.end === tokens[start]?.start) start -= 1;
    const term = { start, end: open };
    if (start < 0 || term.end - term.start > 4 || !['NOUN', 'PROPN', 'X'].includes(tokens[open - 1]?.pos ?? '')) return;
    const acronym = tokens.slice(term.start, term.end).map((t) => t.text).join('');
    const initials = inner.map((t) => t.text[0] ?? '').join('');
    if (/^\p{Lu}{2,}$/u.test(acronym) && initials === acronym) {
      found.push({ term: { start: open + 1, end: close }, denotes: term, rule: 'term:acronym' });
    } else if (/\p{Lu}/u.test(acronym) && inner.every((t) => !/^\p{Lu}/u.test(t.text))) {
      found.push({ term, denotes: { start: open + 1, end: close }, rule: 'term:gloss' });
    }
  });
  return found;
}

const SHORT_FORM = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{N}&]{2,10}$/u;
const NAME_LINKS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', '&']);
const MAX_NAME_WORDS = 8;

/**
 * "Internet Explorer 9 (IE9)", "the Federal Bureau of Investigation (FBI)": a short form in
 * brackets whose letters are the initials of the capitalised words just before it (a number
 * standing for itself, "of"/"and" skipped). The name is the term; the short form is what it denotes.
 */
export function shortFormCandidates(tokens: Tokens): TermCandidate[] {
  const found: TermCandidate[] = [];
  tokens.forEach((token, open) => {
    const short = tokens[open + 1];
    if (token.text !== '(' || tokens[open + 2]?.text !== ')' || !short || !SHORT_FORM.test(short.text)) return;
    let initials = '';
    for (let start = open - 1; start >= 0 && open - start <= MAX_NAME_WORDS; start -= 1) {
      const word = tokens[start]?.text ?? '';
      if (NAME_LINKS.has(word)) continue;
      if (/^\d+$/.test(word)) initials = word + initials;
      else if (/^\p{Lu}/u.test(word) && tokens[start]?.pos !== 'DET') initials = (word[0] ?? '') + initials;
      else return;
      if (initials.toUpperCase() === short.text.toUpperCase() && /^\p{Lu}/u.test(word)) {
        found.push({ term: { start, end: open }, denotes: { start: open + 1, end: open + 2 }, rule: 'term:short-form' });
        return;
      }
      if (initials.length >= short.text.length) return;
    }
  });
  return found;
}
