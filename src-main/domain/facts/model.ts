/**
 * Typed facts: what the generator believes an article states. Every fact points at the one
 * sentence it came from and at the exact span that answers it, so each question can be checked
 * against the source and can link back to it.
 */
import type { Span } from '../article/model';

export type FactKind = 'number' | 'quote' | 'person' | 'list' | 'event' | 'cause' | 'term';

interface FactBase {
  /** Stable id: derived from the sentence text and the answer, not from positions in the deck. */
  readonly id: string;
  readonly kind: FactKind;
  readonly sentenceIndex: number;
  /** The source sentence's span in `Article.text`. */
  readonly sentenceSpan: Span;
  readonly sentence: string;
  /** The span of the answer inside `Article.text` (for a list: from first to last item). */
  readonly answerSpan: Span;
  /** The answer as written in the article. */
  readonly answer: string;
  /** Other answers that mean the same (surname, "8" for "eight", "US" for "United States"). */
  readonly aliases: readonly string[];
  /** Which extraction rule produced it, for the quality report and for debugging. */
  readonly rule: string;
}

export type NumberForm = 'words' | 'digits' | 'percent' | 'money' | 'year' | 'date' | 'ordinal' | 'century' | 'fraction' | 'range';

/** How far a typed number may be from the fact's value and still count as right. */
export type Tolerance =
  | { readonly kind: 'exact' }
  | { readonly kind: 'relative'; readonly ratio: number }
  | { readonly kind: 'range'; readonly min: number; readonly max: number };

export interface NumberFact extends FactBase {
  readonly kind: 'number';
  /** The value, when the quantity is numeric (a range's lower bound is `value`, upper is `valueMax`). */
  readonly value: number | null;
  readonly valueMax: number | null;
  readonly form: NumberForm;
  /** What is counted or measured ("Latin American drug cartels", "lives", "tariffs"). */
  readonly counted: string | null;
  /** A hedge kept from the text ("approximately", "an estimated", "about"). */
  readonly qualifier: string | null;
  readonly tolerance: Tolerance;
}

export interface QuoteFact extends FactBase {
  readonly kind: 'quote';
  /** The quoted words without the quotation marks. */
  readonly quote: string;
  readonly quoteSpan: Span;
  /** The speaker's name as the article gives it at its fullest ("Claudia Sheinbaum"). */
  readonly speaker: string;
  /** A partial quote is a phrase inside reported speech ("never tolerate an invasion"). */
  readonly partial: boolean;
}

export interface PersonFact extends FactBase {
  readonly kind: 'person';
  readonly name: string;
  /** The role or description attached to the name ("Mexican President", "US Secretary of State"). */
  readonly role: string;
  readonly roleSpan: Span;
}

export interface ListFact extends FactBase {
  readonly kind: 'list';
  /** What is enumerated ("the sanctioned groups"). */
  readonly head: string;
  readonly items: readonly string[];
  readonly itemSpans: readonly Span[];
}

export interface EventFact extends FactBase {
  readonly kind: 'event';
  readonly actor: string;
  /** The predicate as written, from the verb on ("confirmed that the US has been using drones …"). */
  readonly action: string;
  /** When it happened, if stated ("On Wednesday", "in 2006"). */
  readonly when: string | null;
}

export interface CauseFact extends FactBase {
  readonly kind: 'cause';
  /** The reason or purpose clause. */
  readonly cause: string;
  /** What it explains. */
  readonly effect: string;
  readonly relation: 'reason' | 'purpose';
  /** A claim kept as a claim: the verb that hedges it ("argued"), with its holder. */
  readonly hedge: { readonly holder: string; readonly verb: string } | null;
}

export interface TermFact extends FactBase {
  readonly kind: 'term';
  readonly term: string;
  /** What the term names or labels, in the article's words. */
  readonly denotes: string | null;
}

export type Fact = NumberFact | QuoteFact | PersonFact | ListFact | EventFact | CauseFact | TermFact;
