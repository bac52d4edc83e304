/**
 * Who is speaking: the subject of a verb of saying ("Sheinbaum stated", "Paul Dewar, an Ottawa
 * MP, said", "PC World's recent analysis … concluded", "…, declaring that"), the agent of a
 * passive ("described by W. W. Rouse Ball as"), or the person a "he"/"she" refers back to.
 */
import type { Span } from '../../article/model';
import { POSSESSIVE_PRONOUNS, type ArticleEntities, type Gender } from '../../entities';
import type { ExtractionContext, Mention } from '../context';

export interface Speaker {
  readonly mention: Mention;
  /** Position of the mention's sentence in `context.sentences`. */
  readonly position: number;
}

export interface SpeakerScope {
  readonly context: ExtractionContext;
  /** Quoted text of the article: names inside a quotation never speak it. */
  readonly quoted: readonly Span[];
}

const POST_NOMINAL = /^(?:QC|KC|SC|MP|MEP|Jr\.?|Sr\.?|PhD)$/;
const SKIPPABLE = new Set(['ADV', 'AUX', 'PART']);
const MAX_LEADING = 5;

const tokensAt = (scope: SpeakerScope, position: number) => scope.context.sentences[position]?.tokens ?? [];
/**
 * Quotations by start, with the furthest end reached so far: a span lies inside some quotation
 * exactly when a quotation starting at or before it reaches its end. Built once per list, so
 * the question costs a binary search instead of a scan of every quotation in the article.
 */
interface QuoteIndex { readonly starts: number[]; readonly reach: number[] }
const quoteIndexes = new WeakMap<readonly Span[], QuoteIndex>();

function quoteIndex(quoted: readonly Span[]): QuoteIndex {
  let index = quoteIndexes.get(quoted);
  if (index === undefined) {
    const sorted = [...quoted].sort((a, b) => a.start - b.start);
    const reach: number[] = [];
    sorted.forEach((q, i) => reach.push(Math.max(q.end, reach[i - 1] ?? -Infinity)));
    quoteIndexes.set(quoted, (index = { starts: sorted.map((q) => q.start), reach }));
  }
  return index;
}

export function isQuoted(scope: SpeakerScope, span: Span): boolean {
  const { starts, reach } = quoteIndex(scope.quoted);
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && (reach[lo - 1] as number) >= span.end;
}

function mentions(scope: SpeakerScope, position: number): Mention[] {
  const analysis = scope.context.sentences[position];
  if (analysis === undefined) return [];
  return scope.context.entities.mentionsIn(analysis.sentence.index).filter((m) => m.type !== 'nationality' && !isQuoted(scope, m.span));
}

function mentionEndingAt(scope: SpeakerScope, position: number, at: number): Speaker | null {
  const mention = mentions(scope, position).find((m) => m.tokenRange[1] === at);
  return mention === undefined ? null : { mention, position };
}

/** The name that starts at `at`, past a "the" and a title ("the Daily Herald", "Mayor Anne Clark"). */
export function mentionStartingAt(scope: SpeakerScope, position: number, at: number): Speaker | null {
  const tokens = tokensAt(scope, position);
  const leading = (start: number): boolean =>
    start - at <= MAX_LEADING && tokens.slice(at, start).every((t) => /^\p{Lu}/u.test(t.text) || ['the', 'of'].includes(t.text));
  const mention = mentions(scope, position).find((m) => m.tokenRange[0] >= at && leading(m.tokenRange[0]));
  return mention === undefined ? null : { mention, position };
}

/** The subject of the verb at `verb`, or null when the sentence does not make it plain. */
export function subjectOf(scope: SpeakerScope, position: number, verb: number): Speaker | null {
  const tokens = tokensAt(scope, position);
  // "was described by W. W. Rouse Ball as": the agent of a passive speaks.
  for (let at = verb + 1; at <= verb + 2; at += 1) {
    const agent = tokens[at]?.text === 'by' ? mentionStartingAt(scope, position, at + 1) : null;
    if (agent !== null) return agent;
  }
  let at = verb - 1;
  while (tokens[at] !== undefined && SKIPPABLE.has(tokens[at]?.pos ?? '')) at -= 1;
  const before = tokens[at];
  if (before === undefined) return null;
  const direct = mentionEndingAt(scope, position, at);
  if (direct !== null) return direct;
  const pronoun = before.text.toLowerCase();
  if (pronoun === 'he' || pronoun === 'she') return resolvePronoun(scope, position, at, pronoun === 'he' ? 'male' : 'female');
  if (before.text === ',') return subjectBeforeComma(scope, position, at, (tokens[verb]?.text ?? '').endsWith('ing'));
  if (before.pos === 'NOUN') return possessor(scope, position, at);
  return null;
}

function subjectBeforeComma(scope: SpeakerScope, position: number, comma: number, participle: boolean): Speaker | null {
  const tokens = tokensAt(scope, position);
  let at = comma;
  // "Tom Molomby, SC, said"
  if (POST_NOMINAL.test(tokens[at - 1]?.text ?? '') && tokens[at - 2]?.text === ',') at -= 2;
  const named = mentionEndingAt(scope, position, at - 1);
  if (named !== null) return named;
  // "Paul Dewar, an Ottawa New Democrat MP, said": back over the apposition to the name.
  for (let back = at - 1; back > 0 && at - back < 16; back -= 1) {
    const token = tokens[back];
    if (token === undefined || token.pos === 'VERB' || token.pos === 'AUX') break;
    if (token.text === ',') {
      const opener = tokens[back + 1]?.text.toLowerCase() ?? '';
      if (['a', 'an', 'the', 'of'].includes(opener)) return mentionEndingAt(scope, position, back - 1);
      break;
    }
  }
  // "Sheinbaum firmly rejected …, declaring that …": the main clause's subject.
  if (!participle) return null;
  const subject = mentions(scope, position).find((m) => m.tokenRange[1] < comma && isClauseSubject(tokens, m.tokenRange[1]));
  return subject === undefined ? null : { mention: subject, position };
}

function isClauseSubject(tokens: ExtractionContext['sentences'][number]['tokens'], last: number): boolean {
  let at = last + 1;
  while (tokens[at] !== undefined && SKIPPABLE.has(tokens[at]?.pos ?? '')) at += 1;
  return tokens[at]?.pos === 'VERB';
}

/** "PC World's recent analysis of its own web traffic statistics concluded": PC World. */
function possessor(scope: SpeakerScope, position: number, noun: number): Speaker | null {
  const tokens = tokensAt(scope, position);
  for (let at = noun; at > 0 && noun - at < 10; at -= 1) {
    const token = tokens[at];
    if (token === undefined) return null;
    if (token.text === "'s" || token.text === '’s') return mentionEndingAt(scope, position, at - 1);
    const inPhrase = ['NOUN', 'ADJ', 'ADP', 'DET', 'ADV'].includes(token.pos) || POSSESSIVE_PRONOUNS.has(token.text.toLowerCase());
    if (!inPhrase) return null;
  }
  return null;
}

const hasGender = (entities: ExtractionContext['entities']): entities is ArticleEntities => 'genderOf' in entities;

/**
 * The person a "he"/"she" refers to: the nearest earlier person in the sentence, then the
 * earlier sentences of the paragraph and the paragraph before (subjects first). A known gender
 * must match; with no compatible person in reach there is no speaker.
 */
export function resolvePronoun(scope: SpeakerScope, position: number, at: number, gender: Gender): Speaker | null {
  const { entities, sentences } = scope.context;
  const compatible = (m: Mention): boolean => {
    if (m.type !== 'person') return false;
    const known = hasGender(entities) ? entities.genderOf(m.canonical) : null;
    return known === null || known === gender;
  };
  const here = mentions(scope, position).filter((m) => m.tokenRange[1] < at && compatible(m)).reverse();
  if (here[0] !== undefined) return { mention: here[0], position };
  const paragraph = sentences[position]?.paragraphIndex ?? -1;
  for (let back = position - 1; back >= 0; back -= 1) {
    const analysis = sentences[back];
    if (analysis === undefined || analysis.paragraphIndex < paragraph - 1) break;
    const people = mentions(scope, back).filter(compatible);
    const subject = people.find((m) => isClauseSubject(analysis.tokens, m.tokenRange[1]));
    const chosen = subject ?? people.at(-1);
    if (chosen !== undefined) return { mention: chosen, position: back };
  }
  return null;
}
