/**
 * From facts to questions: every view of every fact, plus the article-wide matching questions,
 * scored by the quality gates. Below the threshold (or a near-duplicate of a better one) a
 * question goes to `dropped` with its reasons and is never shown.
 */
import type { Fact } from '../facts/model';
import { uniquifyIds } from '../ids';
import { tokensOf, type QuestionContext } from './context';
import { purposeObject } from './formats/qa-purpose';
import { SHARED_ROLE_RULE } from './formats/qa-person';
import { writeCloze, writeSubCloze } from './formats/cloze';
import { eventObjects } from './formats/event-objects';
import { baseOf } from './formats/shared';
import { writeListRecall } from './formats/list-recall';
import { writeMatching } from './formats/matching';
import { writeMultipleChoice } from './formats/multiple-choice';
import { writeNumeric } from './formats/numeric';
import { writeQuestionAnswers } from './formats/question-answer';
import { writeTrueFalse } from './formats/true-false';
import type { Question, QuestionAnswerQuestion } from './model';
import { duplicateReasons } from './quality/duplicates';
import { QUALITY_THRESHOLD, scoreQuestion } from './quality/score';

export interface DroppedQuestion {
  readonly question: Question;
  readonly reasons: readonly string[];
}

export interface QuestionSet {
  readonly questions: Question[];
  readonly dropped: DroppedQuestion[];
}

/** Cloze and wh-question on what an event acted on, each with its own answer span. */
function objectViews(context: QuestionContext, fact: Fact): Question[] {
  if (fact.kind !== 'event') return [];
  return eventObjects(context, fact).flatMap((object): Question[] => {
    const cloze = writeSubCloze(fact, object.span, object.answer, object.variant);
    const base = baseOf(fact, 'question-answer', object.variant, `event-${object.variant}`);
    const qa: QuestionAnswerQuestion | null =
      object.prompt === null ? null : { ...base, format: 'question-answer', prompt: object.prompt, answer: object.answer, answerSpan: object.span, accepted: [] };
    return [cloze, qa].filter((q) => q !== null);
  });
}

export function viewsOf(context: QuestionContext, fact: Fact): Question[] {
  const answers = writeQuestionAnswers(context, fact);
  const object = fact.kind === 'cause' ? purposeObject(context, fact, tokensOf(context, fact.sentenceIndex)) : null;
  const views: Array<Question | null> = [
    writeCloze(fact, context.article.text),
    object !== null ? writeSubCloze(fact, object.span, object.answer, 'object') : null,
    ...answers.filter((q) => !q.rule.endsWith(SHARED_ROLE_RULE)),
    ...writeMultipleChoice(context, fact, answers),
    writeTrueFalse(context, fact),
    fact.kind === 'number' ? writeNumeric(fact, answers) : null,
    fact.kind === 'list' ? writeListRecall(fact) : null,
    ...objectViews(context, fact),
  ];
  return views.filter((q): q is Question => q !== null);
}

export function writeQuestions(context: QuestionContext): QuestionSet {
  const factsById = new Map(context.facts.map((fact) => [fact.id, fact]));
  const drafts = uniquifyIds([...context.facts.flatMap((fact) => viewsOf(context, fact)), ...writeMatching(context)]);
  const scored = drafts.map((question) => scoreQuestion(question, context, factsById.get(question.factId)));
  const passing = scored.filter((s) => s.question.quality >= QUALITY_THRESHOLD).map((s) => s.question);
  const duplicates = duplicateReasons(passing);
  const questions: Question[] = [];
  const dropped: DroppedQuestion[] = [];
  for (const { question, reasons } of scored) {
    const duplicate = duplicates.get(question.id);
    const all = duplicate !== undefined ? [...reasons, duplicate] : reasons;
    if (question.quality >= QUALITY_THRESHOLD && duplicate === undefined) questions.push(question);
    else dropped.push({ question, reasons: all.length > 0 ? all : [`quality ${question.quality} below ${QUALITY_THRESHOLD}`] });
  }
  return { questions, dropped };
}
