/**
 * Who an object fact's clause is about: a named or specific subject, "he"/"she" resolved to the
 * person the text is about, or a first-person narrator ("We collected …"); in a reported clause
 * with a vague subject ("suggested the move could …"), the reporter.
 */
import type { ExtractionContext, SentenceAnalysis } from '../context';
import { spanOf, textOf } from './clause';
import { nounPhraseStart } from './clause-np';
import { clauseAt, findClauses } from './clause-parse';
import type { FoundClause } from './clause-parse';
import { INDEFINITE, isQuoteMark, low, POSSESSIVE_PRONOUNS } from './clause-tokens';
import type { Tokens } from './clause-tokens';
import { actorOf } from './event-actor';
import type { ObjectClause } from './event-clauses';

const FIRST_PERSON = new Set(['i', 'we']);
const UNNAMED = new Set(['this', 'that', 'these', 'those', 'which', 'who', 'what', 'there', 'it', 'such', 'other']);

export function objectActor(analysis: SentenceAnalysis, context: ExtractionContext, clause: ObjectClause): string | null {
  const own = subjectActor(analysis, context, clause);
  return own ?? (clause.reporter ? subjectActor(analysis, context, clause.reporter) : null);
}

function subjectActor(analysis: SentenceAnalysis, context: ExtractionContext, clause: FoundClause): string | null {
  const { tokens } = analysis;
  const actor = actorOf(analysis, context.entities, clause.subject);
  if (actor) return actor.canonical;
  const { start, end } = clause.subject;
  const first = tokens[start];
  if (!first || UNNAMED.has(low(first))) return null;
  if (first.pos === 'PRON') {
    if (end - start !== 1) return null;
    if (FIRST_PERSON.has(low(first))) return first.text;
    return ['he', 'she'].includes(low(first)) ? resolvePerson(analysis, context, start) : null;
  }
  // "Infected ants", "hundreds of thousands of people": specific enough; "some ants", "4 million visitors" are not.
  if ((INDEFINITE.has(low(first)) && !['a', 'an'].includes(low(first))) || tokens[start - 1]?.pos === 'NUM') return null;
  const content = tokens.slice(start, end).filter((t) => ['NOUN', 'PROPN', 'ADJ', 'NUM', 'VERB'].includes(t.pos)).length;
  // "a prize was awarded by …": a passive's new, indefinite subject is what the event acted on; one noun names it.
  const patient = clause.verb.passive && ['a', 'an'].includes(low(first));
  if (content >= (patient ? 1 : 2)) return textOf(analysis, start, end);
  return end - start === 2 && low(first) === 'the' ? namedInSentenceBefore(analysis, context, tokens[start + 1]) : null;
}

/**
 * "He also runs the AntyScience blog. The blog aims to …": a definite bare noun names again the
 * described phrase with that head in the sentence before (only one, with a name in it).
 */
function namedInSentenceBefore(analysis: SentenceAnalysis, context: ExtractionContext, head: Tokens[number] | undefined): string | null {
  const previous = sentenceBefore(context, analysis);
  if (head === undefined || head.pos !== 'NOUN' || previous === undefined) return null;
  const { tokens } = previous;
  const ends = tokens.flatMap((t, i) => (t.pos === 'NOUN' && low(t) === low(head) && tokens[i + 1]?.pos !== 'NOUN' ? [i + 1] : []));
  if (ends.length !== 1) return null;
  const end = ends[0] as number;
  const start = nounPhraseStart(tokens, end, new Set());
  const named = tokens.slice(start, end - 1).some((t) => t.pos === 'PROPN');
  return named ? textOf(previous, start, end) : null;
}

const byIndex = new WeakMap<readonly SentenceAnalysis[], Map<number, SentenceAnalysis>>();
const mains = new WeakMap<Tokens, FoundClause | null>();

function sentenceBefore(context: ExtractionContext, analysis: SentenceAnalysis): SentenceAnalysis | undefined {
  let index = byIndex.get(context.sentences);
  if (!index) {
    index = new Map(context.sentences.map((s) => [s.sentence.index, s]));
    byIndex.set(context.sentences, index);
  }
  return index.get(analysis.sentence.index - 1);
}

/** The main clause, read through quotation marks (a quoted paragraph still has subjects); cached per sentence. */
function mainClause(tokens: Tokens): FoundClause | null {
  const known = mains.get(tokens);
  if (known !== undefined) return known;
  const found = findMainClause(tokens);
  mains.set(tokens, found);
  return found;
}

function findMainClause(tokens: Tokens): FoundClause | null {
  const open = new Array<boolean>(tokens.length).fill(false);
  const main = findClauses(tokens, open).find((c) => c.marker === null);
  if (main) return main;
  const clause = isQuoteMark(tokens[0]) ? clauseAt(tokens, open, 1) : null;
  return clause ? { ...clause, marker: null, frontedStart: null } : null;
}

/** A person named at the head of a subject ("Zaha Hadid", not "Her father Mohammed Hadid"). */
function personInSubject(context: ExtractionContext, analysis: SentenceAnalysis, clause: FoundClause): string | null {
  const span = spanOf(analysis, clause.subject.start, clause.subject.end);
  const owned = analysis.tokens.slice(clause.subject.start, clause.subject.end).some((t) => POSSESSIVE_PRONOUNS.has(low(t)));
  const person = context.entities.mentionsIn(analysis.sentence.index).find((m) => m.type === 'person' && m.span.start >= span.start && m.span.end <= span.end);
  return person && !owned ? context.entities.canonicalOf(person.canonical || person.text) : null;
}

/**
 * "She" is the person the text is about: the subject of the main clause, followed back through
 * earlier sentences while that subject is the same pronoun. When the main clause is about
 * someone else, only a single person named before the pronoun can be meant.
 */
function resolvePerson(analysis: SentenceAnalysis, context: ExtractionContext, at: number): string | null {
  const pronoun = low(analysis.tokens[at]);
  let current = analysis;
  for (let back = 0; back <= 4; back += 1) {
    const main = mainClause(current.tokens);
    const limit = back === 0 ? at : current.tokens.length;
    if (!main || main.subject.start > limit) return back === 0 ? namedBefore(analysis, context, at) : null;
    const person = personInSubject(context, current, main);
    if (person) return person;
    const sameSubject = main.subject.end - main.subject.start === 1 && low(current.tokens[main.subject.start]) === pronoun;
    if (!sameSubject) return back === 0 ? namedBefore(analysis, context, at) : null;
    const previous = sentenceBefore(context, current);
    if (!previous) return null;
    current = previous;
  }
  return null;
}

function namedBefore(analysis: SentenceAnalysis, context: ExtractionContext, at: number): string | null {
  const before = analysis.tokens[at]?.start ?? 0;
  const mentions = context.entities.mentionsIn(analysis.sentence.index).filter((m) => m.type === 'person' && m.span.start < before);
  const names = new Set(mentions.map((m) => context.entities.canonicalOf(m.canonical || m.text)));
  return names.size === 1 ? ([...names][0] ?? null) : null;
}
