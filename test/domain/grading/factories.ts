/** Small builders for questions and facts, so each grading case reads as one line. */
import type { Fact, NumberFact, PersonFact, Tolerance } from '../../../src-main/domain/facts/model';
import type { GivenAnswer } from '../../../src-main/domain/grading';
import type {
  ClozeQuestion,
  ListRecallQuestion,
  MatchingQuestion,
  MultipleChoiceQuestion,
  NumericQuestion,
  QuestionAnswerQuestion,
  TrueFalseQuestion,
} from '../../../src-main/domain/questions/model';
import type { FactKind } from '../../../src-main/domain/facts/model';

interface Options {
  readonly accepted?: readonly string[];
  readonly factKind?: FactKind;
  readonly factId?: string;
}

function base(answer: string, options: Options) {
  return {
    id: 'q-test',
    factId: options.factId ?? 'f-test',
    factKind: options.factKind ?? 'term',
    prompt: 'a prompt',
    answer,
    accepted: options.accepted ?? [],
    sentenceIndex: 0,
    sentence: 'a sentence',
    rule: 'test',
    quality: 1,
  } as const;
}

export const qa = (answer: string, options: Options = {}): QuestionAnswerQuestion => ({ ...base(answer, options), format: 'question-answer' });
export const cloze = (answer: string, options: Options = {}): ClozeQuestion => ({ ...base(answer, options), format: 'cloze' });

export const numeric = (answer: string, value: number, tolerance: Tolerance = { kind: 'exact' }): NumericQuestion => ({
  ...base(answer, { factKind: 'number' }),
  format: 'numeric',
  value,
  tolerance,
});

export const choice = (answer: string, choices: readonly string[]): MultipleChoiceQuestion => ({ ...base(answer, {}), format: 'multiple-choice', choices });
export const trueFalse = (truth: boolean): TrueFalseQuestion => ({ ...base(String(truth), {}), format: 'true-false', truth });
export const list = (items: readonly string[]): ListRecallQuestion => ({ ...base(items.join('; '), { factKind: 'list' }), format: 'list-recall', items });
export const matching = (pairs: ReadonlyArray<readonly [string, string]>): MatchingQuestion => ({
  ...base(pairs.map(([left, right]) => `${left}: ${right}`).join('; '), {}),
  format: 'matching',
  pairs: pairs.map(([left, right]) => ({ left, right })),
});

const span = { start: 0, end: 1 };

function factBase(answer: string, aliases: readonly string[], id: string) {
  return { id, sentenceIndex: 0, sentenceSpan: span, sentence: 'a sentence', answerSpan: span, answer, aliases, rule: 'test' } as const;
}

export function numberFact(
  answer: string,
  value: number,
  extra: { tolerance?: Tolerance; qualifier?: string; valueMax?: number; aliases?: readonly string[] } = {},
): NumberFact {
  return {
    ...factBase(answer, extra.aliases ?? [], 'f-test'),
    kind: 'number',
    value,
    valueMax: extra.valueMax ?? null,
    form: 'digits',
    counted: null,
    qualifier: extra.qualifier ?? null,
    tolerance: extra.tolerance ?? { kind: 'exact' },
  };
}

export function personFact(name: string, aliases: readonly string[] = []): PersonFact {
  return { ...factBase(name, aliases, 'f-test'), kind: 'person', name, role: 'a role', roleSpan: span };
}

export function termFact(term: string, aliases: readonly string[], id = 'f-test'): Fact {
  return { ...factBase(term, aliases, id), kind: 'term', term, denotes: null };
}

export const text = (value: string): GivenAnswer => ({ kind: 'text', text: value });
export const picked = (value: string): GivenAnswer => ({ kind: 'choice', choice: value });
export const truth = (value: boolean): GivenAnswer => ({ kind: 'truth', value });
export const pairs = (given: ReadonlyArray<readonly [string, string]>): GivenAnswer => ({ kind: 'pairs', pairs: given.map(([left, right]) => ({ left, right })) });
