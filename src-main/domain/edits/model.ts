/**
 * The learner's corrections to generated decks, keyed by the generator's stable ids so they apply
 * again to every regenerated deck: a changed question, a hidden fact, a fact of their own.
 */
import type { FactKind } from '../facts/model';

/** What the learner changed in one question; a field left out is the generator's. */
export interface QuestionEdit {
  readonly articleId: string;
  readonly factId: string;
  readonly prompt?: string;
  readonly answer?: string;
  readonly accepted?: readonly string[];
  /** A multiple-choice question's options, the answer among them. */
  readonly choices?: readonly string[];
  /** Epoch milliseconds. */
  readonly editedAt: number;
}

/** A fact the learner took out of the deck (undone by setting `deleted` false, or removing it). */
export interface FactEdit {
  readonly articleId: string;
  readonly deleted: boolean;
  readonly editedAt: number;
}

/** A fact the learner made by selecting words of one sentence in the Reader. */
export interface UserFact {
  readonly id: string;
  readonly articleId: string;
  readonly sentenceIndex: number;
  /** The sentence as it was, so the fact finds it again if the article's sentences move. */
  readonly sentence: string;
  /** The selected words: the answer. */
  readonly answer: string;
  /** Where the answer starts in `sentence` (code units). */
  readonly start: number;
  readonly kind: FactKind;
  /** The learner's own question for the answer, asked besides the cloze; `null` for a cloze only. */
  readonly question: string | null;
  readonly createdAt: number;
}

export interface DeckEdits {
  readonly questions: Readonly<Record<string, QuestionEdit>>;
  readonly facts: Readonly<Record<string, FactEdit>>;
  readonly added: Readonly<Record<string, UserFact>>;
}

export const NO_EDITS: DeckEdits = { questions: {}, facts: {}, added: {} };

/** An edit whose question or fact the regenerated deck no longer has (or no longer fits). */
export interface OrphanedEdit {
  readonly kind: 'question' | 'fact' | 'added';
  readonly id: string;
  readonly articleId: string;
  readonly reason: string;
}
