/**
 * The object of a purpose or reason phrase, asked on its own: "…, all moves seemingly aimed at
 * securing [Trump’s temporary pause on tariffs]" → a cloze on the object, and where the effect is
 * a plain clause, "What did Sheinbaum announce a constitutional reform proposal to safeguard?".
 */
import type { Span } from '../../article/model';
import type { CauseFact } from '../../facts/model';
import type { Token } from '../../nlp/tokens';
import { tokenRange, type QuestionContext } from '../context';
import { findVerbGroup, isBoundary, type Clause } from '../text/clause';
import { accordingTo, frameOf } from '../text/frame';
import { askNonSubject } from '../text/interrogative';

const MARKERS = [['aimed', 'at'], ['in', 'order', 'to'], ['so', 'as', 'to'], ['in', 'search', 'of'], ['seeking', 'to'], ['to']];
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON']);

export interface PurposeObject {
  readonly span: Span;
  readonly answer: string;
  readonly prompt: string | null;
}

/** Token index where the object starts: after hedging adverbs, the marker and its verb. */
function objectStart(tokens: readonly Token[], first: number, last: number): number | null {
  let k = first;
  while (k <= last && tokens[k]?.pos === 'ADV') k += 1;
  const marker = MARKERS.find((words) => words.every((word, i) => tokens[k + i]?.text.toLowerCase() === word));
  if (marker === undefined) return null;
  k += marker.length;
  if (tokens[k]?.pos === 'VERB') k += 1;
  return k <= last && OBJECT_START.has(tokens[k]?.pos ?? '') ? k : null;
}

export function purposeObject(context: QuestionContext, fact: CauseFact, tokens: readonly Token[]): PurposeObject | null {
  const range = tokenRange(tokens, fact.answerSpan);
  if (range === null) return null;
  let [first, last] = range;
  while (last > first && isBoundary(tokens[last])) last -= 1;
  const start = objectStart(tokens, first, last);
  if (start === null || tokens.slice(start, last + 1).some(isBoundary)) return null;
  const span = { start: (tokens[start] as Token).start, end: (tokens[last] as Token).end };
  return { span, answer: context.article.text.slice(span.start, span.end), prompt: objectPrompt(context, fact, tokens, first, start, last) };
}

/** The effect clause right before the purpose phrase, asked with "What" and the object removed. */
function objectPrompt(context: QuestionContext, fact: CauseFact, tokens: readonly Token[], causeFirst: number, start: number, last: number): string | null {
  const at = fact.sentence.indexOf(fact.effect.trim());
  if (fact.effect.trim() === '' || at < 0) return null;
  const effect = tokenRange(tokens, { start: fact.sentenceSpan.start + at, end: fact.sentenceSpan.start + at + fact.effect.trim().length });
  if (effect === null || effect[0] >= causeFirst) return null;
  const verbs = findVerbGroup(tokens, effect[0], causeFirst - 1);
  if (verbs === null || verbs.first <= effect[0] || tokens.slice(effect[0], start).some(isBoundary)) return null;
  const clause: Clause = { start: effect[0], end: last, subject: [effect[0], verbs.first - 1], verbs, opener: null };
  const frame = frameOf({ text: context.article.text, tokens, clause, sentenceIndex: fact.sentenceIndex, entities: context.entities, askingSubject: false });
  if (frame === null) return null;
  const prefix = fact.hedge !== null ? accordingTo(context.entities, fact.sentence, fact.sentenceSpan.start, fact.sentenceIndex, fact.hedge.holder) : frame.prefix;
  return askNonSubject(context.article.text, tokens, clause, { wh: 'What', removed: [start, last], prefix, subject: frame.subject });
}
