/**
 * True/false: the passage as written, or made false by swapping the answer for a checked
 * distractor. Which of the two a fact gets is drawn from its id, so a deck is balanced and stable.
 */
import type { Fact } from '../../facts/model';
import type { QuestionContext } from '../context';
import { distractorsFor } from '../distractors';
import { sameGender } from '../distractors/entity';
import type { TrueFalseQuestion } from '../model';
import { seededRandom } from '../prng';
import { capitalize } from '../text/normalize';
import { passageOf } from './passage';
import { insideQuotation } from './present';
import { baseOf, relativeSpan } from './shared';

/**
 * Only slots that hold one value are swapped, so the swapped statement is false by the article and
 * not merely unstated: a quantity, and the person who holds a stated role ("Mexican President
 * Claudia Sheinbaum"). A person in an event ("Bernoulli also wrote…", "Rathbun had known X") is
 * not: someone else may have done it too. Places and organisations nest ("Washington" in "the
 * US"), so a swapped one can still be true.
 */
function swappable(fact: Fact): boolean {
  return fact.kind === 'number' || fact.kind === 'person';
}

export function writeTrueFalse(context: QuestionContext, fact: Fact): TrueFalseQuestion | null {
  if (fact.kind === 'list' || fact.kind === 'quote') return null;
  const relative = relativeSpan(fact);
  const passage = relative && passageOf(fact.sentence, relative);
  // Someone's words are not the article's statement of fact: no true/false on them.
  if (!passage || passage.quoted || insideQuotation(context.article.text, fact.sentenceSpan.start)) return null;
  const base = baseOf(fact, 'true-false', '', 'statement');
  const wantFalse = seededRandom(`${fact.id}/true-false`)() < 0.5;
  if (wantFalse && swappable(fact)) {
    const person = fact.kind !== 'number';
    const [swap] = distractorsFor(context, { fact, answer: fact.answer, answerSpan: fact.answerSpan, statement: passage.text }).filter((d) => !person || sameGender(context, fact.answer, d));
    if (swap !== undefined) {
      const value = passage.answer.start === 0 ? capitalize(swap) : swap;
      const prompt = passage.text.slice(0, passage.answer.start) + value + passage.text.slice(passage.answer.end);
      return { ...base, rule: 'true-false/swapped', format: 'true-false', prompt, answer: 'false', truth: false, accepted: [] };
    }
  }
  return { ...base, format: 'true-false', prompt: passage.text, answer: 'true', truth: true, accepted: [] };
}
