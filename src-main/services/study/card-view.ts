/** What the renderer needs to show one card: the question, where it came from, and the buttons' intervals. */
import type { GradeView, IntervalLabels, LearnerAnswer, MemoryStage, StudyCard } from '../../contract';
import type { Fact } from '../../domain/facts/model';
import type { Grade } from '../../domain/grading';
import type { Question } from '../../domain/questions/model';
import { formatInterval, MemoryState, previewIntervals, type FactMemory, type SchedulerSettings } from '../../domain/scheduling';

export const STAGES: Record<MemoryState, MemoryStage> = {
  [MemoryState.New]: 'new',
  [MemoryState.Learning]: 'learning',
  [MemoryState.Review]: 'review',
  [MemoryState.Relearning]: 'relearning',
};

export function cardView(
  article: { readonly id: string; readonly title: string },
  fact: Fact,
  question: Question,
  memory: FactMemory | undefined,
  now: number,
  settings: SchedulerSettings,
): StudyCard {
  const due = previewIntervals(memory, now, settings);
  const intervals: IntervalLabels = {
    again: formatInterval(due.again - now),
    hard: formatInterval(due.hard - now),
    good: formatInterval(due.good - now),
    easy: formatInterval(due.easy - now),
  };
  const span = question.answerSpan ?? fact.answerSpan;
  const start = span.start - fact.sentenceSpan.start;
  const end = span.end - fact.sentenceSpan.start;
  const inside = start >= 0 && end <= fact.sentence.length && start < end;
  return {
    factId: fact.id,
    question,
    articleId: article.id,
    articleTitle: article.title,
    sentenceIndex: fact.sentenceIndex,
    sentence: fact.sentence,
    answerInSentence: inside ? { start, end } : null,
    stage: memory === undefined ? 'new' : STAGES[memory.card.state],
    intervals,
  };
}

export function gradeView(grade: Grade, question: Question): GradeView {
  return { verdict: grade.verdict, credit: grade.credit, reason: grade.reason, expected: question.answer, diff: grade.diff ?? null };
}

/** The answer as the review log keeps it: what the learner gave, in words. */
export function answerText(answer: LearnerAnswer): string {
  switch (answer.kind) {
    case 'self':
      return `rated ${answer.rating}`;
    case 'text':
      return answer.text;
    case 'choice':
      return answer.choice;
    case 'truth':
      return answer.value ? 'true' : 'false';
    case 'pairs':
      return answer.pairs.map((pair) => `${pair.left} → ${pair.right}`).join('; ');
  }
}
