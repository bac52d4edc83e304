/**
 * One entry point for wh-questions: locate the answer in its clause, frame the clause (claim
 * holder, resolved pronoun), pick the wh-phrase, and write the question — or refuse.
 */
import type { EntityIndex, EntityType } from '../../facts/context';
import type { Span } from '../../article/model';
import type { Token } from '../../nlp/tokens';
import { frameOf } from './frame';
import { askNonSubject, askSubject, type Range } from './interrogative';
import type { AnswerShape } from './answer-shape';
import { locate, type Located } from './locate';

export interface WhChoice {
  readonly wh: string;
  /** Overrides what is removed (a number's whole noun phrase moves with "how many"). */
  readonly removed?: Range;
  readonly stranded?: string | null;
}

export type WhChooser = (located: Located) => WhChoice | null;

export interface AskInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly answer: Range;
  readonly sentenceIndex: number;
  readonly entities: EntityIndex;
  readonly wh: WhChooser;
}

export function ask(input: AskInput): string | null {
  const located = locate(input.tokens, input.answer);
  if (located === null) return null;
  const choice = input.wh(located);
  if (choice === null) return null;
  const frame = frameOf({
    text: input.text,
    tokens: input.tokens,
    clause: located.clause,
    sentenceIndex: input.sentenceIndex,
    entities: input.entities,
    askingSubject: located.role === 'subject',
  });
  if (frame === null) return null;
  const options = { wh: choice.wh, removed: choice.removed ?? located.removed, prefix: frame.prefix, subject: frame.subject, stranded: choice.stranded ?? null };
  return located.role === 'subject'
    ? askSubject(input.text, input.tokens, located.clause, options)
    : askNonSubject(input.text, input.tokens, located.clause, options);
}

/** The entity type of an answer: a mention covering most of its span. */
export function typeOfSpan(entities: EntityIndex, sentenceIndex: number, span: Span): EntityType | null {
  const length = span.end - span.start;
  for (const mention of entities.mentionsIn(sentenceIndex)) {
    const overlap = Math.min(mention.span.end, span.end) - Math.max(mention.span.start, span.start);
    if (overlap > 0 && overlap * 2 >= length) return mention.type;
  }
  return null;
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'on']);
const TIME_PREPOSITIONS = new Set(['in', 'on', 'during', 'at', 'since', 'until', 'by', 'before', 'after']);

const PLAIN: AnswerShape = { proper: false, personHead: false };

/**
 * The wh-phrase for a name or a plain noun phrase, by its entity type, its shape and its place in
 * the clause. People are "Who" (a common noun naming people too); a name of no known type is not
 * asked at all ("What continued …? → Sams" is worse than the cloze); a preposition is left at the
 * end only after a common noun phrase, not after a phrasal verb ("put through to").
 */
export function entityWh(entityType: EntityType | null, isTime: boolean, country = false, shape: AnswerShape = PLAIN): WhChooser {
  const type = shape.personHead ? 'person' : entityType;
  const unknownName = shape.proper && (type === null || type === 'other');
  return (located) => {
    if (unknownName) return null;
    if (located.role === 'subject') {
      if (type === 'person') return { wh: 'Who' };
      if (type === 'organization') return { wh: 'Which organization' };
      if (type === 'place') return country ? { wh: 'Which country' } : null;
      return isTime || type === 'nationality' ? null : { wh: 'What' };
    }
    if (located.role === 'object') return isTime ? null : { wh: type === 'person' ? 'Who' : 'What' };
    const preposition = located.preposition ?? '';
    if (isTime && TIME_PREPOSITIONS.has(preposition)) return preposition === 'in' || preposition === 'on' || preposition === 'during' || preposition === 'at' ? { wh: 'When' } : null;
    if (type === 'place' && PLACE_PREPOSITIONS.has(preposition)) return { wh: 'Where' };
    if (type === 'place' && (preposition === 'from' || preposition === 'to') && located.atClauseEnd) return { wh: 'Where', stranded: preposition === 'from' ? 'from' : null };
    if (type === 'person') return { wh: `${capitalized(preposition)} whom` };
    if (located.atClauseEnd && !isTime && !shape.proper && type !== 'organization') return { wh: 'What', stranded: preposition };
    return null;
  };
}

function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
