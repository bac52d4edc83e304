/** Question/answer views of a fact, one writer per fact kind; none when no phrasing is well formed. */
import type { Fact } from '../../facts/model';
import type { QuestionContext } from '../context';
import type { QuestionAnswerQuestion } from '../model';
import { ask } from '../text/ask';
import { genericPrompt, listPrompt, termNamePrompt, whyPrompt } from './qa-clause';
import { numberAsk } from './qa-number';
import { purposeObject } from './qa-purpose';
import { answerIsSpeaker, personPrompts, quotePrompt } from './qa-person';
import { isReasonAnswer } from '../text/reason';
import { answerTokens, baseOf } from './shared';

interface Draft {
  readonly variant: string;
  readonly prompt: string | null;
  readonly rule: string;
  readonly answer?: string;
  readonly answerSpan?: { start: number; end: number };
}

function drafts(context: QuestionContext, fact: Fact): Draft[] {
  switch (fact.kind) {
    case 'number': {
      const found = answerTokens(context, fact);
      const asked = found && numberAsk(context.article.text, found.tokens, fact, found.range);
      const prompt = asked ? ask({ text: context.article.text, tokens: found.tokens, answer: asked.answer, sentenceIndex: fact.sentenceIndex, entities: context.entities, wh: asked.wh }) : null;
      return [{ variant: '', prompt, rule: `number-${fact.form}` }];
    }
    case 'quote':
      return answerIsSpeaker(fact) ? [{ variant: '', prompt: quotePrompt(fact), rule: 'quote-who-said' }] : [];
    case 'person':
      return [...personPrompts(context, fact), { variant: '', prompt: genericPrompt(context, fact), rule: 'person-clause' }];
    case 'list':
      return [{ variant: '', prompt: listPrompt(context, fact), rule: 'list-object', answer: fact.items.join('; ') }];
    case 'cause': {
      const found = answerTokens(context, fact);
      const object = found ? purposeObject(context, fact, found.tokens) : null;
      return [
        ...(object !== null ? [{ variant: 'object', prompt: object.prompt, rule: 'cause-purpose-object', answer: object.answer, answerSpan: object.span }] : []),
        { variant: 'why', prompt: found && isReasonAnswer(fact.answer, fact.relation) ? whyPrompt(context, fact, found.tokens) : null, rule: `cause-why-${fact.relation}` },
        { variant: '', prompt: fact.hedge === null ? genericPrompt(context, fact) : null, rule: 'cause-clause' },
      ];
    }
    case 'term':
      return [
        { variant: 'name', prompt: termNamePrompt(context, fact), rule: 'term-name-of' },
        // "Internet Explorer 9 (IE9)": the short form is asked for in full.
        { variant: 'short-form', prompt: fact.rule === 'term:short-form' && fact.denotes !== null ? `What does ${fact.denotes} stand for?` : null, rule: 'term-short-form' },
        { variant: '', prompt: genericPrompt(context, fact), rule: 'term-clause' },
      ];
    case 'event':
      return [{ variant: '', prompt: genericPrompt(context, fact), rule: 'event-clause' }];
  }
}

export function writeQuestionAnswers(context: QuestionContext, fact: Fact): QuestionAnswerQuestion[] {
  const seen = new Set<string>();
  const out: QuestionAnswerQuestion[] = [];
  for (const draft of drafts(context, fact)) {
    if (draft.prompt === null || seen.has(draft.prompt)) continue;
    seen.add(draft.prompt);
    out.push({
      ...baseOf(fact, 'question-answer', draft.variant, draft.rule),
      format: 'question-answer',
      prompt: draft.prompt,
      answer: draft.answer ?? fact.answer,
      answerSpan: draft.answerSpan ?? fact.answerSpan,
      accepted: draft.answerSpan !== undefined ? [] : fact.aliases,
    });
  }
  return out;
}
