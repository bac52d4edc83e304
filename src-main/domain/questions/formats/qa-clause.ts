/**
 * Clause-based questions for events, lists, terms and causes: the answer's constituent is replaced
 * by a wh-phrase chosen from its entity type ("Who", "Where", "When", "What", "Why").
 */
import type { CauseFact, Fact, ListFact, TermFact } from '../../facts/model';
import { countryNames } from '../../entities/gazetteer';
import type { Token } from '../../nlp/tokens';
import { tokenRange, type QuestionContext } from '../context';
import { answerShape } from '../text/answer-shape';
import { ask, entityWh, typeOfSpan } from '../text/ask';
import { clauseAround, findVerbGroup, isBoundary, type Clause } from '../text/clause';
import { accordingTo, frameOf } from '../text/frame';
import { askNonSubject, renderRanges } from '../text/interrogative';
import { isDeterminerLike, nounPhraseEnd } from '../text/phrases';
import { answerTokens } from './shared';

const TIME_ENTITIES = new Set(['DATE', 'TIME', 'DURATION']);

export function genericPrompt(context: QuestionContext, fact: Fact): string | null {
  const found = answerTokens(context, fact);
  if (found === null) return null;
  const { tokens, range } = found;
  const answer = tokens.slice(range[0], range[1] + 1);
  const isTime = answer.some((t) => t.entity !== null && TIME_ENTITIES.has(t.entity));
  const type = typeOfSpan(context.entities, fact.sentenceIndex, fact.answerSpan);
  // "Which country …? → Washington" is wrong even where Washington stands for the US: the answer must name the country.
  const country = type === 'place' && countryNames(context.entities.canonicalOf(fact.answer)).includes(fact.answer.trim().replace(/^the\s+/i, ''));
  return ask({ text: context.article.text, tokens, answer: range, sentenceIndex: fact.sentenceIndex, entities: context.entities, wh: entityWh(type, isTime, country, answerShape(answer)) });
}

/** A list that is the whole object of its clause: "The sanctioned groups include A, B and C." → "What do … include?" */
export function listPrompt(context: QuestionContext, fact: ListFact): string | null {
  const found = answerTokens(context, fact);
  if (found === null) return null;
  const { tokens, range } = found;
  let [first, last] = range;
  const clause = clauseAround(tokens, first, first);
  if (clause === null) return null;
  if (isDeterminerLike(tokens[first - 1])) first -= 1;
  const final = tokens[last + 1];
  if (first !== clause.verbs.last + 1 || final === undefined || !/^[.!?]$/.test(final.text) || last + 2 !== tokens.length) return null;
  const frame = frameOf({ text: context.article.text, tokens, clause, sentenceIndex: fact.sentenceIndex, entities: context.entities, askingSubject: false });
  if (frame === null) return null;
  const persons = fact.itemSpans.length > 0 && fact.itemSpans.every((span) => typeOfSpan(context.entities, fact.sentenceIndex, span) === 'person');
  return askNonSubject(context.article.text, tokens, { ...clause, end: last }, { wh: persons ? 'Who' : 'What', removed: [first, last], prefix: frame.prefix, subject: frame.subject });
}

/** "Why …?" from the effect clause of a cause, keeping the claim's holder. */
export function whyPrompt(context: QuestionContext, fact: CauseFact, tokens: readonly Token[]): string | null {
  const at = fact.sentence.indexOf(fact.effect.trim());
  if (fact.effect.trim() === '' || at < 0) return null;
  const base = fact.sentenceSpan.start + at;
  const range = tokenRange(tokens, { start: base, end: base + fact.effect.trim().length });
  if (range === null) return null;
  let [first, last] = range;
  while (last > first && isBoundary(tokens[last])) last -= 1;
  const verbs = findVerbGroup(tokens, first, last);
  if (verbs === null || verbs.first <= first) return null;
  const subject = tokens.slice(first, verbs.first);
  // "Trump’s [proposed] tariffs" is a noun phrase, not a clause with "Trump’s" as its subject.
  if (subject.some((t) => isBoundary(t) || t.pos === 'ADV' || t.pos === 'SCONJ') || !subject.some((t) => ['NOUN', 'PROPN', 'PRON'].includes(t.pos))) return null;
  if (/^['’]s?$/.test(subject[subject.length - 1]?.text ?? '') || subject[subject.length - 1]?.pos === 'PART') return null;
  let end = verbs.last;
  while (end + 1 <= last && !isBoundary(tokens[end + 1])) end += 1;
  const clause: Clause = { start: first, end, subject: [first, verbs.first - 1], verbs, opener: null };
  const causeRange = tokenRange(tokens, fact.answerSpan);
  const frame = frameOf({ text: context.article.text, tokens, clause, sentenceIndex: fact.sentenceIndex, entities: context.entities, askingSubject: false });
  if (frame === null) return null;
  const prefix = fact.hedge !== null ? accordingTo(context.entities, fact.sentence, fact.sentenceSpan.start, fact.sentenceIndex, fact.hedge.holder) : frame.prefix;
  return askNonSubject(context.article.text, tokens, clause, { wh: 'Why', removed: causeRange, prefix, subject: frame.subject });
}

/** Things that have names; "the name of the jargon-free communication" is not a question. */
const NAMEABLE =
  /^(approach|policy|policies|program|programme|campaign|strategy|plan|doctrine|project|operation|movement|initiative|slogan|motto|label|term|law|act|bill|rule|principle|theory|method|technique|model|system|database|blog|website|site|group|band|album|book|film|show|series|brand|prize|award|award|treaty|agreement|deal|scheme|festival|company|firm|product|mission|code|standard|process|algorithm|disease|condition|syndrome|species|ship|vessel)s?$/i;

/** "her predecessor’s “hugs not bullets” approach" → "What is the name of the approach …?" */
export function termNamePrompt(context: QuestionContext, fact: TermFact): string | null {
  const found = answerTokens(context, fact);
  if (found === null) return null;
  const { tokens, range } = found;
  let k = range[1] + 1;
  while (tokens[k] !== undefined && /^[”"’']$/.test(tokens[k]?.text ?? '')) k += 1;
  if (tokens[k]?.pos !== 'NOUN') return null;
  const end = nounPhraseEnd(tokens, k);
  if (!NAMEABLE.test(tokens[end]?.text ?? '')) return null;
  const head = renderRanges(context.article.text, tokens, [[k, end]]);
  let description = '';
  if (tokens[end + 1]?.text === ',' && /^(which|that)$/i.test(tokens[end + 2]?.text ?? '')) {
    let stop = end + 3;
    while (stop < tokens.length && !isBoundary(tokens[stop])) stop += 1;
    if (stop - 1 >= end + 3) description = ` that ${renderRanges(context.article.text, tokens, [[end + 3, stop - 1]])}`;
  }
  return `What is the name of the ${head}${description}?`;
}
