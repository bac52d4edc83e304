/**
 * A scripted two-week study history of the seed article, written through the real services with
 * a clock the script moves: the dashboard's service test and its e2e test both start from it.
 *
 * Day by day (study days start at 4 a.m. local; each day's session starts at 9 a.m. local):
 * days 0–2 study (day 2 ends with an answer undone and given again), day 3 a quiz then study,
 * days 4–5 nothing, day 6 a single card (the other reviews left waiting), days 7–12 study, day 13 a
 * quiz then study. A session goes on until no card is left; every sixth answer is wrong.
 */
import type { QuestionFormat, StudyCard } from '../../src-main/contract';
import { answerShown, HOUR, DAY, rightAnswer, SEED_ID, SEED_SCOPE, T0, wrongAnswer, type StudyApp } from './study-fixtures';

export const HISTORY_DAYS = 14;
type DayPlan = 'study' | 'skip' | 'short' | 'quiz+study' | 'study+undo';
export const HISTORY_PLAN: readonly DayPlan[] = [
  'study', 'study', 'study+undo', 'quiz+study', 'skip', 'skip', 'short',
  'study', 'study', 'study', 'study', 'study', 'study', 'quiz+study',
];

/** 5 p.m. local on the last day: when the dashboard is looked at. */
export const HISTORY_END = T0 + (HISTORY_DAYS - 1) * DAY + 8 * HOUR;

const QUIZ_FORMATS: QuestionFormat[] = ['multiple-choice', 'true-false', 'cloze'];

export async function scriptTwoWeeks(app: StudyApp): Promise<void> {
  for (const [day, plan] of HISTORY_PLAN.entries()) {
    app.setClock(T0 + day * DAY);
    if (plan === 'skip') continue;
    if (plan === 'quiz+study') await takeQuiz(app);
    const choose = (card: StudyCard, index: number) => (index % 6 === 5 ? wrongAnswer(card.question) : rightAnswer(card.question));
    await answerShown(app, plan === 'short' ? 1 : 200, SEED_SCOPE, choose);
    if (plan === 'study+undo') {
      // The last answer is taken back, and the card it brings back is answered again.
      await app.call('undoAnswer', { scope: SEED_SCOPE });
      await answerShown(app, 1, SEED_SCOPE);
    }
  }
  app.setClock(HISTORY_END);
}

/** A ten-question practice quiz, every third answer wrong, twenty seconds an answer. */
async function takeQuiz(app: StudyApp): Promise<void> {
  const quiz = await app.call('startQuiz', { articleIds: [SEED_ID], length: 10, formats: QUIZ_FORMATS, mode: 'practice' });
  for (const [index, question] of quiz.questions.entries()) {
    app.advance(20_000);
    await app.call('answerQuizQuestion', { quizId: quiz.quizId, questionId: question.id, answer: index % 3 === 2 ? wrongAnswer(question) : rightAnswer(question), tookMs: 20_000 });
  }
  await app.call('finishQuiz', { quizId: quiz.quizId });
  app.advance(5 * 60_000);
}
