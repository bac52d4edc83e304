/**
 * Multiple choice: the answer and three checked distractors, in an order drawn from the question's
 * id. The stem is the question/answer prompt when there is one, else the cloze. Fewer than three
 * valid distractors: no multiple-choice question.
 */
import type { Fact } from '../../facts/model';
import type { QuestionContext } from '../context';
import { distractorsFor } from '../distractors';
import type { MultipleChoiceQuestion, QuestionAnswerQuestion } from '../model';
import { seededRandom, shuffled, type Random } from '../prng';
import { splitNumber } from '../distractors/number';
import { blankedPassage } from './cloze';
import { baseOf } from './shared';

/**
 * Number options around the answer: how many lie below it is drawn at random, so the right answer
 * is not always the smallest or the largest option.
 */
function balancedNumbers(answer: string, distractors: readonly string[], random: Random): string[] {
  const value = splitNumber(answer)?.expression.value;
  if (value === undefined) return distractors.slice(0, 3);
  const valued = distractors.map((text) => ({ text, value: splitNumber(text)?.expression.value ?? value }));
  const below = valued.filter((d) => d.value < value).map((d) => d.text);
  const above = valued.filter((d) => d.value > value).map((d) => d.text);
  let lower = Math.floor(random() * 4);
  lower = Math.min(lower, below.length);
  lower = Math.max(lower, 3 - above.length);
  return [...below.slice(0, lower), ...above.slice(0, 3 - lower)];
}

export function writeMultipleChoice(context: QuestionContext, fact: Fact, stems: readonly QuestionAnswerQuestion[]): MultipleChoiceQuestion[] {
  const out: MultipleChoiceQuestion[] = [];
  const cloze = blankedPassage(fact);
  const options = stems.length > 0 ? stems : cloze !== null ? [null] : [];
  for (const stem of options.slice(0, 2)) {
    const answer = stem?.answer ?? fact.answer;
    const answerSpan = stem?.answerSpan ?? fact.answerSpan;
    if (fact.kind === 'list' && stem?.answer !== fact.answer) continue;
    const asksRole = stem?.rule.endsWith('person-position') ?? false;
    const heldRole = fact.kind === 'person' && stem?.rule.includes('who-is') === true ? fact.role : undefined;
    const distractors = distractorsFor(context, { fact, answer, answerSpan, statement: fact.sentence, asksRole, heldRole });
    if (distractors.length < 3) continue;
    const variant = stem === null ? 'cloze' : stem.id;
    const base = baseOf(fact, 'multiple-choice', variant, stem === null ? 'cloze-stem' : stem.rule.replace('question-answer/', ''));
    const random = seededRandom(base.id);
    const picked = fact.kind === 'number' ? balancedNumbers(answer, distractors, random) : shuffled(distractors.slice(0, 5), random).slice(0, 3);
    out.push({
      ...base,
      format: 'multiple-choice',
      prompt: stem?.prompt ?? (cloze?.prompt as string),
      answer,
      answerSpan,
      accepted: stem?.accepted ?? fact.aliases,
      choices: shuffled([answer, ...picked], random),
    });
  }
  return out;
}
