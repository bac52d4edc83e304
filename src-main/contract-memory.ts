/**
 * The memory half of the IPC contract: how well each fact of an article is remembered (for the
 * Reader's shading and fact panel) and one fact's answers. `contract.ts` re-exports all of it and
 * registers the methods; nothing else may.
 */
import * as v from 'valibot';
import type { Span } from './domain/article/model';
import type { FactKind } from './domain/facts/model';
import type { MemoryBand } from './domain/scheduling/retrievability';
import type { MemoryStage, Question, ReviewRating } from './contract-study';

export type { FactKind } from './domain/facts/model';
export type { MemoryBand } from './domain/scheduling/retrievability';

/** One fact of an article and how well it is remembered at `ArticleMemory.at`. */
export interface FactMemoryView {
  readonly factId: string;
  readonly kind: FactKind;
  /** The answer as written in the article. */
  readonly answer: string;
  /** Where the answer is written in `Article.text` (for a list: from the first item to the last). */
  readonly answerSpan: Span;
  readonly sentenceIndex: number;
  readonly sectionIndex: number;
  readonly band: MemoryBand;
  /** The chance of recalling it now, 0–1; `null` when not studied yet. */
  readonly retrievability: number | null;
  readonly stage: MemoryStage;
  /** Epoch milliseconds; `null` when not studied yet. */
  readonly due: number | null;
  readonly lastReview: number | null;
  /** Days until recall falls to 90 %; `null` when not studied yet. */
  readonly stability: number | null;
  readonly reps: number;
  readonly lapses: number;
  /** Failed so often it was set aside automatically. */
  readonly leech: boolean;
  /** Every way the fact is asked, in the generator's order. */
  readonly questions: readonly Question[];
}

export interface ArticleMemory {
  readonly articleId: string;
  /** When the bands were measured, epoch milliseconds. */
  readonly at: number;
  /** The facts that can be studied, in reading order. */
  readonly facts: readonly FactMemoryView[];
}

/** One answer to a fact, as the review log keeps it. */
export interface FactHistoryEntry {
  readonly id: string;
  /** Epoch milliseconds. */
  readonly at: number;
  readonly format: string;
  readonly rating: ReviewRating;
  readonly correct: boolean;
  /** What the learner answered, as they gave it. */
  readonly answer: string;
  readonly mode: 'study' | 'quiz';
}

export interface FactHistoryView {
  readonly factId: string;
  /** Newest first; answers taken back (undo, an overruled grade) are left out. */
  readonly entries: readonly FactHistoryEntry[];
  /** How many answers were taken back and are not listed. */
  readonly undone: number;
}

// ---------------------------------------------------------------------------------------------
// Payload schemas

const ArticleIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,127}$/, 'an article id'));
const IdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/, 'an id'));

export const memoryPayloadSchemas = {
  getArticleMemory: v.strictObject({ articleId: ArticleIdSchema }),
  getFactHistory: v.strictObject({ factId: IdSchema }),
} as const satisfies Record<string, v.GenericSchema>;
