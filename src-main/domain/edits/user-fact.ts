/**
 * Facts the learner makes: a few words selected inside one sentence of the Reader become the
 * answer of a cloze of that sentence (and of the learner's own question, if they wrote one).
 */
import type { Article, Sentence } from '../article/model';
import type { Fact, FactKind } from '../facts/model';
import { normalizeForId, stableId } from '../ids';
import { questionId } from '../questions/formats/shared';
import type { Question } from '../questions/model';
import type { UserFact } from './model';
import { BLANK, EDIT_LIMITS } from './validate-edit';

export interface UserFactRequest {
  readonly articleId: string;
  readonly sentenceIndex: number;
  /** The selection inside the sentence's text, code units. */
  readonly start: number;
  readonly end: number;
  readonly kind: FactKind;
  readonly question: string | null;
}

export function sentencesOf(article: Article): Sentence[] {
  return article.sections.flatMap((section) => section.paragraphs.flatMap((paragraph) => paragraph.sentences));
}

/** A new user fact from a selection, or the reason it cannot be one. */
export function newUserFact(article: Article, request: UserFactRequest, now: number): UserFact | { readonly error: string } {
  const sentence = sentencesOf(article).find((candidate) => candidate.index === request.sentenceIndex);
  if (sentence === undefined) return { error: 'That sentence is not in this article.' };
  if (request.start < 0 || request.end > sentence.text.length || request.start >= request.end) return { error: 'Select some words inside one sentence.' };
  const raw = sentence.text.slice(request.start, request.end);
  const answer = raw.trim();
  const start = request.start + (raw.length - raw.trimStart().length);
  if (answer === '') return { error: 'Select some words inside one sentence.' };
  if (answer.length > EDIT_LIMITS.answerChars) return { error: `Select at most ${EDIT_LIMITS.answerChars} characters.` };
  const bare = (text: string) => normalizeForId(text).replace(/[.!?…"”’]+$/u, '');
  if (bare(answer) === bare(sentence.text)) return { error: 'Select a few words, not the whole sentence: they become the blank.' };
  const question = request.question?.trim() ? request.question.trim() : null;
  return {
    id: stableId('uf', request.articleId, sentence.text, answer),
    articleId: request.articleId,
    sentenceIndex: sentence.index,
    sentence: sentence.text,
    answer,
    start,
    kind: request.kind,
    question,
    createdAt: now,
  };
}

/** Finds the user fact's sentence and words in the article as it is now; `null` when they are gone. */
export function locateUserFact(sentences: readonly Sentence[], user: UserFact): { sentence: Sentence; start: number } | null {
  const same = (candidate: Sentence) => normalizeForId(candidate.text) === normalizeForId(user.sentence);
  const sentence = sentences.find((candidate) => candidate.index === user.sentenceIndex && same(candidate)) ?? sentences.find(same);
  if (sentence === undefined) return null;
  const start = sentence.text.slice(user.start, user.start + user.answer.length) === user.answer ? user.start : sentence.text.indexOf(user.answer);
  return start < 0 ? null : { sentence, start };
}

/** The fact and its questions (a cloze; the learner's question too, if any). */
export function userFactDeck(user: UserFact, sentence: Sentence, start: number): { fact: Fact; questions: Question[] } {
  const answerSpan = { start: sentence.span.start + start, end: sentence.span.start + start + user.answer.length };
  const base = {
    id: user.id,
    sentenceIndex: sentence.index,
    sentenceSpan: sentence.span,
    sentence: sentence.text,
    answerSpan,
    answer: user.answer,
    aliases: [] as string[],
    rule: 'user/selection',
  };
  const fact = factOfKind(user.kind, base);
  const common = {
    factId: fact.id,
    factKind: fact.kind,
    answer: user.answer,
    accepted: [] as string[],
    sentenceIndex: sentence.index,
    sentence: sentence.text,
    answerSpan,
    quality: 1,
  };
  const cloze: Question = {
    ...common,
    id: questionId(fact, 'cloze', 'user'),
    format: 'cloze',
    prompt: `${sentence.text.slice(0, start)}${BLANK}${sentence.text.slice(start + user.answer.length)}`,
    rule: 'cloze/user',
  };
  if (user.question === null) return { fact, questions: [cloze] };
  const asked: Question = { ...common, id: questionId(fact, 'question-answer', 'user'), format: 'question-answer', prompt: user.question, rule: 'question-answer/user' };
  return { fact, questions: [cloze, asked] };
}

type FactBase = Omit<Extract<Fact, { kind: 'term' }>, 'kind' | 'term' | 'denotes'>;

/** The kind's own fields, filled from the selection alone (the learner names the kind, nothing else). */
function factOfKind(kind: FactKind, base: FactBase): Fact {
  const { answer, answerSpan } = base;
  switch (kind) {
    case 'number':
      return { ...base, kind, value: null, valueMax: null, form: 'words', counted: null, qualifier: null, tolerance: { kind: 'exact' } };
    case 'quote':
      return { ...base, kind, quote: answer, quoteSpan: answerSpan, speaker: '', partial: true };
    case 'person':
      return { ...base, kind, name: answer, role: '', roleSpan: answerSpan };
    case 'list':
      return { ...base, kind, head: '', items: [answer], itemSpans: [answerSpan] };
    case 'event':
      return { ...base, kind, actor: '', action: answer, when: null };
    case 'cause':
      return { ...base, kind, cause: answer, effect: '', relation: 'reason', hedge: null };
    case 'term':
      return { ...base, kind, term: answer, denotes: null };
  }
}
