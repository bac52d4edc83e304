/**
 * Defined terms without quotation marks, only in shapes that leave no doubt: "the elite group
 * within Scientology called the Sea Org" (a capitalised name after "called"/"known as"),
 * "Beauveria bassiana, a fungus" (a name, then "a/an" + what it is), and present-tense
 * definitions "Homeopathy is a form of alternative medicine which …". People are never terms:
 * a name the EntityIndex knows as a person, or a description headed by a role noun, is skipped.
 */
import type { Mention } from '../context';
import { trimTail } from './clause';
import { nounPhraseEnd, nounPhraseStart, NOUN_PREPOSITIONS } from './clause-np';
import type { FoundClause } from './clause-parse';
import { isJoiner, isQuoteMark, low, wordCount } from './clause-tokens';
import type { Tokens } from './clause-tokens';
import type { TermCandidate } from './term-quoted';
import { isRoleNoun } from './term-roles';

const NAMING = new Set(['called', 'named', 'dubbed', 'nicknamed', 'termed']);
const NOT_TERMS: ReadonlySet<string> = new Set(['person', 'place', 'nationality']);
const PEOPLE: ReadonlySet<string> = new Set(['person', 'nationality']);

/** A capitalised name starting at `k` (after an optional "the"): "the Sea Org", "the E-meter". */
function nameAt(tokens: Tokens, k: number): { start: number; end: number } | null {
  const start = low(tokens[k]) === 'the' ? k + 1 : k;
  let end = start;
  while (tokens[end] && (/^[\p{Lu}\d]/u.test(tokens[end]?.text ?? '') && ['PROPN', 'NOUN', 'NUM', 'X'].includes(tokens[end]?.pos ?? '') || isJoiner(tokens, end))) end += 1;
  const hasName = tokens.slice(start, end).some((t) => t.pos === 'PROPN' || /^[\p{Lu}]/u.test(t.text));
  return end > start && hasName && tokens[end]?.pos !== 'PART' ? { start, end } : null;
}

export function definedCandidates(tokens: Tokens, nested: readonly boolean[], mentions: readonly Mention[], clauses: readonly FoundClause[]): TermCandidate[] {
  const isEntity = (start: number, end: number, kinds: ReadonlySet<string> = NOT_TERMS): boolean =>
    mentions.some((m) => kinds.has(m.type) && m.span.start < (tokens[end - 1]?.end ?? 0) && (tokens[start]?.start ?? 0) < m.span.end);
  const found: TermCandidate[] = [];
  tokens.forEach((token, i) => {
    if (nested[i]) return;
    const naming = NAMING.has(low(token)) ? i + 1 : low(token) === 'known' && low(tokens[i + 1]) === 'as' ? i + 2 : -1;
    if (naming > 0 && !isQuoteMark(tokens[naming])) {
      const name = nameAt(tokens, naming);
      // The nearest phrase, with at most one "of"-link: "the elite group within Scientology".
      const denotesStart = nounPhraseStart(tokens, i, NOUN_PREPOSITIONS, 1);
      if (name && denotesStart < i && !isEntity(name.start, name.end) && !isRoleNoun(tokens[i - 1])) {
        found.push({ term: name, denotes: { start: denotesStart, end: i }, rule: 'term:called' });
      }
    }
    if (token.text === ',' && ['a', 'an'].includes(low(tokens[i + 1]))) {
      const candidate = appositive(tokens, nested, i);
      // A named building or venue in a place ("the Al Wakrah Stadium in Qatar") may be indexed as a place itself.
      const kinds = candidate?.rule === 'term:located-appositive' ? PEOPLE : NOT_TERMS;
      if (candidate && !isEntity(candidate.term.start, candidate.term.end, kinds)) found.push(candidate);
    }
  });
  for (const clause of clauses) {
    const candidate = definition(tokens, nested, clause);
    if (candidate && !isEntity(candidate.term.start, candidate.term.end)) found.push(candidate);
  }
  return found;
}

/** "Formica fusca, an ant species that can form thousand-strong colonies". */
function appositive(tokens: Tokens, nested: readonly boolean[], comma: number): TermCandidate | null {
  const start = nounPhraseStart(tokens, comma, new Set());
  const words = tokens.slice(start, comma).filter((t) => low(t) !== 'the');
  const first = words[0];
  // A bare singular noun ("homeopathy") or a name led by a proper noun ("Formica fusca",
  // "Bernoulli's principle"); a plural ("cartels, an operation …") sums up a clause instead.
  const bareNoun = words.length === 1 && first?.pos === 'NOUN' && first.text.toLowerCase() === first.lemma.toLowerCase();
  const name = first !== undefined && first.pos === 'PROPN' && first.index > 0 && words.length <= 4 &&
    words.every((t) => ['PROPN', 'NOUN', 'PART'].includes(t.pos) || isJoiner(tokens, t.index));
  if (!bareNoun && !name) return null;
  const end = descriptionEnd(tokens, nested, comma + 1, 15);
  const headEnd = nounPhraseEnd(tokens, comma + 1);
  if (end < 0 || headEnd === comma + 1 || isRoleNoun(tokens[headEnd - 1]) || hasOwnVerb(tokens, comma + 1, end)) return null;
  const denotes = { start: comma + 1, end };
  // "the Al Wakrah Stadium in Qatar, a venue …": a name inside a noun's phrase may not be what is
  // described. After "in"/"at", a named thing is described unless the description is of a place
  // ("a museum in Bilbao, a city in Spain").
  const before = tokens[start - 1];
  if (name && before?.pos === 'ADP' && ['NOUN', 'PROPN'].includes(tokens[start - 2]?.pos ?? '')) {
    const located = LOCATED_AT.has(low(before)) && !PLACE_NOUNS.has(low(tokens[headEnd - 1])) ? namedBefore(tokens, start - 1) : null;
    return located && { term: located, denotes, rule: 'term:located-appositive' };
  }
  const term = low(tokens[start]) === 'the' ? { start: start + 1, end: comma } : { start, end: comma };
  return { term, denotes, rule: 'term:appositive' };
}

const LOCATED_AT = new Set(['in', 'at']);
/** What a description of a place is headed by: then it describes the place, not what stands there. */
const PLACE_NOUNS = new Set([
  'city', 'town', 'village', 'country', 'nation', 'state', 'province', 'region', 'county', 'district', 'capital', 'island',
  'port', 'suburb', 'neighbourhood', 'neighborhood', 'municipality', 'territory', 'area', 'kingdom', 'republic', 'emirate',
]);
const MAX_NAME_WORDS = 6;

/** "the Al Wakrah Stadium" ending before `end`: capitalised words after "the", none of them a place name alone. */
function namedBefore(tokens: Tokens, end: number): { start: number; end: number } | null {
  let start = end;
  while (start > 0 && end - start < MAX_NAME_WORDS && /^[\p{Lu}\d]/u.test(tokens[start - 1]?.text ?? '') && ['PROPN', 'NOUN', 'NUM', 'ADJ'].includes(tokens[start - 1]?.pos ?? '')) start -= 1;
  // A name led by "the" is a thing ("the Guggenheim Museum"); at least two words.
  return end - start >= 2 && low(tokens[start - 1]) === 'the' ? { start, end } : null;
}

/** "Homeopathy is a form of alternative medicine which …": a present-tense definition. */
function definition(tokens: Tokens, nested: readonly boolean[], clause: FoundClause): TermCandidate | null {
  const { subject, verb } = clause;
  const words = tokens.slice(subject.start, subject.end);
  const article = tokens[verb.end];
  if (clause.marker !== null || !verb.copular || verb.tense !== 'present' || verb.end - verb.verbStart !== 1) return null;
  if (!article || !['a', 'an'].includes(low(article)) || words.length > 4 || words.some((t) => t.pos === 'DET' || t.pos === 'PRON')) return null;
  if (!words.every((t) => ['NOUN', 'PROPN', 'ADJ'].includes(t.pos) || isJoiner(tokens, t.index))) return null;
  const end = descriptionEnd(tokens, nested, verb.end, 20);
  const headEnd = nounPhraseEnd(tokens, verb.end);
  if (end < 0 || headEnd === verb.end || isRoleNoun(tokens[headEnd - 1])) return null;
  return { term: subject, denotes: { start: verb.end, end }, rule: 'term:is-a' };
}

/** "Colin Maclaurin, a prize was awarded …" is a clause, not a description: a verb before any "that/which". */
function hasOwnVerb(tokens: Tokens, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    if (['that', 'which', 'who', 'whose'].includes(low(tokens[i]))) return false;
    if (tokens[i]?.pos === 'AUX' || (tokens[i]?.pos === 'VERB' && !isInnerParticiple(tokens, i))) return true;
  }
  return false;
}

const isInnerParticiple = (tokens: Tokens, i: number): boolean =>
  ['ADJ', 'NOUN', 'PROPN'].includes(tokens[i + 1]?.pos ?? '') && ['DET', 'ADJ', 'ADV'].includes(tokens[i - 1]?.pos ?? '');

/** A description runs to the next comma or clause end; a long one is cut after a few words. */
function descriptionEnd(tokens: Tokens, nested: readonly boolean[], start: number, maxWords: number): number {
  let end = start;
  while (end < tokens.length && !nested[end] && ![',', '.', ';', ':', ')', '—', '–', '!', '?'].includes(tokens[end]?.text ?? '')) end += 1;
  end = trimTail(tokens, start, end);
  return wordCount(tokens, start, end) <= maxWords && wordCount(tokens, start, end) >= 1 ? end : -1;
}
