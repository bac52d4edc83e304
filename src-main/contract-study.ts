/**
 * The study and quiz half of the IPC contract: the shapes that cross the bridge and their payload
 * schemas. `contract.ts` re-exports all of it and registers the methods; nothing else may.
 */
import * as v from 'valibot';
import type { Question, QuestionFormat } from './domain/questions/model';

export type { Question, QuestionFormat } from './domain/questions/model';

/** How the learner judged their recall, as in FSRS: 1 again, 2 hard, 3 good, 4 easy. */
export type ReviewRating = 1 | 2 | 3 | 4;

/** Which question formats a session may ask: all (escalating), no typing, or only typing. */
export type StudyMode = 'mixed' | 'flashcards' | 'typed';

/** What a study session covers (one article, or one section of it), and how it asks. */
export interface StudyScope {
  readonly articleId: string;
  readonly sectionIndex?: number;
  readonly mode?: StudyMode;
}

export interface StudyCounts {
  /** Facts being learned (or relearned) that are due now. */
  readonly learning: number;
  /** Facts due for review today, within the daily limit. */
  readonly review: number;
  /** New facts still allowed today, within the daily limit. */
  readonly new: number;
}

/** The next due time for each rating, as a short label ("10m", "3d"), for the rating buttons. */
export interface IntervalLabels {
  readonly again: string;
  readonly hard: string;
  readonly good: string;
  readonly easy: string;
}

export type MemoryStage = 'new' | 'learning' | 'review' | 'relearning';

export interface StudyCard {
  readonly factId: string;
  readonly question: Question;
  readonly articleId: string;
  readonly articleTitle: string;
  readonly sentenceIndex: number;
  /** The source sentence, shown after the answer with the answer highlighted. */
  readonly sentence: string;
  /** Where the answer is written inside `sentence` (code-unit offsets), when it is. */
  readonly answerInSentence: { readonly start: number; readonly end: number } | null;
  readonly stage: MemoryStage;
  readonly intervals: IntervalLabels;
}

export interface StudySession {
  readonly scope: StudyScope;
  readonly counts: StudyCounts;
  /** `null` when nothing is due: the session is over for today. */
  readonly card: StudyCard | null;
  /** How many answers `undoAnswer` can still take back. */
  readonly undoDepth: number;
}

export interface AnswerPair {
  readonly left: string;
  readonly right: string;
}

/** What the learner did: rated a flashcard themselves, or gave an answer Factdeck grades. */
export type LearnerAnswer =
  | { readonly kind: 'self'; readonly rating: ReviewRating }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'choice'; readonly choice: string }
  | { readonly kind: 'truth'; readonly value: boolean }
  | { readonly kind: 'pairs'; readonly pairs: readonly AnswerPair[] };

export interface DiffPart {
  readonly text: string;
  readonly kind: 'same' | 'missing' | 'extra';
}

export interface GradeView {
  readonly verdict: 'correct' | 'partly' | 'wrong';
  /** 0–1: a list with two of three items earns 2/3. */
  readonly credit: number;
  /** Why, in the learner's words: "accepted: surname", "2 of 3 items". */
  readonly reason: string;
  /** The expected answer as text. */
  readonly expected: string;
  /** For near misses: what was given against what was expected. */
  readonly diff: readonly DiffPart[] | null;
}

export interface AnswerOutcome {
  readonly reviewId: string;
  /** `null` for a self-rated flashcard. */
  readonly grade: GradeView | null;
  readonly rating: ReviewRating;
  /** When the fact comes back, as a label ("10m", "4d"). */
  readonly nextDue: string;
  readonly session: StudySession;
}

export type QuizMode = 'practice' | 'exam';

export interface QuizSession {
  readonly quizId: string;
  readonly mode: QuizMode;
  readonly articleIds: readonly string[];
  readonly questions: readonly Question[];
}

// ---------------------------------------------------------------------------------------------
// Payload schemas

const ArticleIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,127}$/, 'an article id'));
/** Fact, question, review and quiz ids as the generator and services make them. */
const IdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/, 'an id'));
const MAX_ANSWER_CHARS = 4000;
const AnswerText = v.pipe(v.string(), v.maxLength(MAX_ANSWER_CHARS, 'An answer can be at most 4,000 characters.'));

export const StudyScopeSchema = v.strictObject({
  articleId: ArticleIdSchema,
  sectionIndex: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000))),
  mode: v.optional(v.picklist(['mixed', 'flashcards', 'typed'])),
});

const RatingSchema = v.picklist([1, 2, 3, 4]);

export const LearnerAnswerSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('self'), rating: RatingSchema }),
  v.strictObject({ kind: v.literal('text'), text: AnswerText }),
  v.strictObject({ kind: v.literal('choice'), choice: AnswerText }),
  v.strictObject({ kind: v.literal('truth'), value: v.boolean() }),
  v.strictObject({
    kind: v.literal('pairs'),
    // Readonly like `LearnerAnswer`, so an answer the renderer holds can be sent as it is.
    pairs: v.pipe(v.array(v.strictObject({ left: AnswerText, right: AnswerText })), v.maxLength(50), v.readonly()),
  }),
]);

/** Milliseconds the learner took; capped at a day so a card left open overnight is still valid. */
const TookMs = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(86_400_000));

const FORMATS = ['cloze', 'question-answer', 'multiple-choice', 'true-false', 'numeric', 'list-recall', 'matching'] as const satisfies readonly QuestionFormat[];

export const studyPayloadSchemas = {
  getStudySession: v.strictObject({ scope: StudyScopeSchema }),
  answerCard: v.strictObject({
    scope: StudyScopeSchema,
    factId: IdSchema,
    questionId: IdSchema,
    answer: LearnerAnswerSchema,
    tookMs: TookMs,
    usedHint: v.boolean(),
  }),
  undoAnswer: v.strictObject({ scope: StudyScopeSchema }),
  overruleGrade: v.strictObject({ scope: StudyScopeSchema, reviewId: IdSchema }),
  suspendFact: v.strictObject({ scope: StudyScopeSchema, factId: IdSchema }),
  startQuiz: v.strictObject({
    articleIds: v.pipe(v.array(ArticleIdSchema), v.minLength(1, 'Choose at least one article.'), v.maxLength(200)),
    length: v.picklist([10, 20, 'all']),
    formats: v.pipe(v.array(v.picklist(FORMATS)), v.minLength(1, 'Choose at least one kind of question.'), v.maxLength(FORMATS.length)),
    mode: v.picklist(['practice', 'exam']),
    /** Retry: exactly these questions (the mistakes of an earlier attempt). */
    questionIds: v.optional(v.pipe(v.array(IdSchema), v.maxLength(2000))),
  }),
  answerQuizQuestion: v.strictObject({ quizId: IdSchema, questionId: IdSchema, answer: LearnerAnswerSchema, tookMs: TookMs }),
  finishQuiz: v.strictObject({ quizId: IdSchema }),
  listQuizAttempts: v.undefined(),
} as const satisfies Record<string, v.GenericSchema>;
