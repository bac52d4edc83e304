/**
 * More views of an event: besides its actor ("Who was born in Groningen?"), what the event acted
 * on — the direct object and a named place, person or thing after a preposition ("Where was
 * Daniel Bernoulli born?", "What did IE6 ship with?"). Only constituents the clause finder can
 * place are asked, as a cloze and, when it reads well, as a wh-question.
 */
import type { Span } from '../../article/model';
import type { EventFact } from '../../facts/model';
import type { Token } from '../../nlp/tokens';
import { tokenRange, tokensOf, type QuestionContext } from '../context';
import { answerShape } from '../text/answer-shape';
import { ask, entityWh, typeOfSpan } from '../text/ask';
import { clauseAround, isBoundary } from '../text/clause';
import { isDeterminerLike, nounPhraseEnd } from '../text/phrases';

export interface EventObject {
  readonly span: Span;
  readonly answer: string;
  readonly prompt: string | null;
  readonly variant: string;
}

const MAX_OBJECT_WORDS = 5;
const SKIPPED_PREPOSITIONS = new Set(['of', 'than', 'like', 'as']);

/**
 * The object's last token, or null when the phrase goes on ("possibility [of US intervention]"),
 * is one of several ("Basel, Heidelberg, and Strasbourg") or is the subject of a clause of its own
 * ("suggested the move could justify …").
 */
function objectEnd(tokens: readonly Token[], start: number, limit: number): number | null {
  const end = nounPhraseEnd(tokens, start, limit);
  const next = tokens[end + 1];
  const after = tokens[end + 2];
  if (next !== undefined && (next.text.toLowerCase() === 'of' || ['CCONJ', 'AUX', 'VERB', 'DET', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(next.pos))) return null;
  if (next?.text === ',' && after !== undefined && (after.pos === 'CCONJ' || (['PROPN', 'NOUN', 'DET', 'ADJ'].includes(after.pos) && tokens[end + 3]?.text === ','))) return null;
  const words = tokens.slice(start, end + 1);
  if (words.length > MAX_OBJECT_WORDS || !words.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') || words.some(isBoundary)) return null;
  return ['NOUN', 'PROPN'].includes(tokens[end]?.pos ?? '') ? end : null;
}

/** Token ranges of the direct object and of the first named prepositional object. */
function objectRanges(tokens: readonly Token[], verbEnd: number, clauseEnd: number): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  let first = verbEnd + 1;
  if (isDeterminerLike(tokens[first])) first += 1;
  if (['NOUN', 'PROPN', 'ADJ'].includes(tokens[first]?.pos ?? '')) {
    const end = objectEnd(tokens, first, clauseEnd);
    if (end !== null) out.push([first, end, 'object']);
  }
  for (let k = verbEnd + 1; k < clauseEnd; k += 1) {
    const token = tokens[k] as Token;
    if (token.pos !== 'ADP' || SKIPPED_PREPOSITIONS.has(token.text.toLowerCase())) continue;
    let start = k + 1;
    if (isDeterminerLike(tokens[start])) start += 1;
    if (tokens[start]?.pos !== 'PROPN') continue;
    const end = objectEnd(tokens, start, clauseEnd);
    if (end !== null && !out.some(([a]) => a === start)) out.push([start, end, `with-${token.text.toLowerCase()}`]);
    break;
  }
  return out;
}

export function eventObjects(context: QuestionContext, fact: EventFact): EventObject[] {
  const tokens = tokensOf(context, fact.sentenceIndex);
  const actor = tokenRange(tokens, fact.answerSpan);
  const clause = actor && clauseAround(tokens, actor[0], actor[1]);
  if (!actor || !clause || actor[1] !== clause.subject[1]) return [];
  return objectRanges(tokens, clause.verbs.last, clause.end).map(([start, end, variant]) => {
    const span = { start: (tokens[start] as Token).start, end: (tokens[end] as Token).end };
    const answerTokens = tokens.slice(start, end + 1);
    const isTime = answerTokens.some((t) => t.entity === 'DATE' || t.entity === 'TIME');
    const type = typeOfSpan(context.entities, fact.sentenceIndex, span);
    const preposition = variant.startsWith('with-') ? variant.slice(5) : '';
    // "What was he born in?": a name after in/at/on of unknown type is best left to the cloze.
    const unclear = ['in', 'at', 'on'].includes(preposition) && type !== 'place' && type !== 'person' && !isTime;
    const prompt = unclear ? null : ask({ text: context.article.text, tokens, answer: [start, end], sentenceIndex: fact.sentenceIndex, entities: context.entities, wh: entityWh(type, isTime, false, answerShape(answerTokens)) });
    return { span, answer: context.article.text.slice(span.start, span.end), prompt, variant };
  });
}
