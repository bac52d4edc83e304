import type { AnswerOutcome, LearnerAnswer, ReviewRating, StudyCard, StudyMode, StudyScope, StudySession } from '../../../src-main/contract';
import { ApiCallError, api } from '../api';
import { notices } from './notices.svelte';

/**
 * Where the learner is with the card on screen: answering it, looking at the revealed answer to
 * rate themselves, reading the grade of an answer, or at the end of the session.
 */
export type StudyPhase = 'loading' | 'question' | 'revealed' | 'feedback' | 'summary';

/** One answer of this session, as the summary counts it. */
export interface SessionAnswer {
  readonly reviewId: string;
  readonly rating: ReviewRating;
  readonly correct: boolean;
}

/** Back within this long, the learner carries on the same session (and its summary). */
const SAME_SITTING_MS = 30 * 60 * 1000;

/** A day-long cap, as the contract takes it: a card left open overnight still counts. */
const MAX_TOOK_MS = 86_400_000;

function correctOf(outcome: AnswerOutcome): boolean {
  return outcome.grade === null ? outcome.rating > 1 : outcome.grade.verdict === 'correct';
}

/** The answer as the contract's payload takes it (its lists are not read-only). */
function payloadOf(answer: LearnerAnswer) {
  return answer.kind === 'pairs' ? { kind: 'pairs' as const, pairs: answer.pairs.map((pair) => ({ left: pair.left, right: pair.right })) } : answer;
}

/** The study session on screen. Every failure goes to the notices; the learner keeps their place. */
class Study {
  scope = $state.raw<StudyScope | null>(null);
  /** The latest session the services answered with (after an answer: the one with the next card). */
  session = $state.raw<StudySession | null>(null);
  phase = $state<StudyPhase>('loading');
  /** The card on screen; while its grade shows, `session.card` is already the next one. */
  card = $state.raw<StudyCard | null>(null);
  /** The graded answer on screen (feedback phase). */
  outcome = $state.raw<AnswerOutcome | null>(null);
  /** What the learner picked, so a locked option shows as picked. */
  chosen = $state<string | null>(null);
  answers = $state.raw<readonly SessionAnswer[]>([]);
  /** A short word on what just happened ("Suspended…", "Answer taken back"), read out politely. */
  note = $state<string | null>(null);
  busy = $state(false);
  /** The article's title, kept for the summary once no card is left to carry it. */
  title = $state('');
  /** Counts the cards shown, so a card asked again starts with empty boxes. */
  shown = $state(0);
  startedAt = $state(0);
  endedAt = $state(0);

  #shownAt = 0;
  #request = 0;
  #now: () => number = () => Date.now();

  get mode(): StudyMode {
    return this.scope?.mode ?? 'mixed';
  }

  get canUndo(): boolean {
    return (this.session?.undoDepth ?? 0) > 0;
  }

  /** The grade on screen was not fully right, and it is still the latest answer. */
  get canOverrule(): boolean {
    const outcome = this.outcome;
    return this.phase === 'feedback' && outcome !== null && outcome.grade !== null && outcome.grade.verdict !== 'correct' && this.answers.at(-1)?.reviewId === outcome.reviewId;
  }

  /** Opens a session; coming back to the same article (after "Show in article") keeps its tally. */
  async start(scope: StudyScope): Promise<void> {
    // Back from "Show in article", or "Keep studying" after ending early: the same session goes on,
    // unless the learner has been away long enough for this to be another sitting.
    const same =
      this.scope?.articleId === scope.articleId &&
      (this.phase !== 'summary' || this.session?.card != null) &&
      this.#now() - this.#shownAt < SAME_SITTING_MS;
    this.scope = { ...scope, mode: scope.mode ?? (same ? this.mode : 'mixed') };
    if (!same) {
      this.answers = [];
      this.title = '';
      this.startedAt = this.#now();
    }
    this.note = null;
    this.outcome = null;
    this.card = null;
    this.phase = 'loading';
    await this.#load();
  }

  /** Leaves the screen: answers still on their way are not shown over another screen. */
  leave(): void {
    this.#request++;
    this.busy = false;
  }

  async setMode(mode: StudyMode): Promise<void> {
    if (this.scope === null || mode === this.mode) return;
    this.scope = { ...this.scope, mode };
    this.note = null;
    // A card already graded stays on screen; the next one comes in the new mode.
    if (this.phase !== 'feedback') await this.#load();
  }

  /** Space on a flashcard, or Enter on an empty box: show the answer, let the learner rate. */
  reveal(): void {
    if (this.phase === 'question' && !this.busy) this.phase = 'revealed';
  }

  async answer(answer: LearnerAnswer): Promise<void> {
    const { scope, card } = this;
    if (scope === null || card === null || this.busy || (this.phase !== 'question' && this.phase !== 'revealed')) return;
    const tookMs = Math.min(MAX_TOOK_MS, Math.max(0, Math.round(this.#now() - this.#shownAt)));
    const outcome = await this.#call(() =>
      api.answerCard({ scope, factId: card.factId, questionId: card.question.id, answer: payloadOf(answer), tookMs, usedHint: false }),
    );
    if (outcome === undefined) return;
    this.answers = [...this.answers, { reviewId: outcome.reviewId, rating: outcome.rating, correct: correctOf(outcome) }];
    if (answer.kind === 'self') {
      this.#show(outcome.session, outcome.nextDue === '' ? null : `Rated ${RATING_NAMES[outcome.rating]} · back in ${outcome.nextDue}`);
    } else {
      this.chosen = answer.kind === 'choice' ? answer.choice : answer.kind === 'truth' ? String(answer.value) : null;
      this.session = outcome.session;
      this.outcome = outcome;
      this.phase = 'feedback';
    }
  }

  rate(rating: ReviewRating): Promise<void> {
    return this.phase === 'revealed' ? this.answer({ kind: 'self', rating }) : Promise.resolve();
  }

  async continue(): Promise<void> {
    if (this.phase !== 'feedback' || this.session === null || this.busy) return;
    // The mode was switched while the grade showed: the next card is asked the new way.
    if (this.session.scope.mode !== this.scope?.mode) await this.#load();
    else this.#show(this.session, null);
  }

  async undo(): Promise<void> {
    const scope = this.scope;
    if (scope === null || !this.canUndo || this.busy) return;
    const session = await this.#call(() => api.undoAnswer({ scope }));
    if (session === undefined) return;
    this.answers = this.answers.slice(0, -1);
    this.#show(session, 'Answer taken back. Answer this card again.');
  }

  async overrule(): Promise<void> {
    const { scope, outcome } = this;
    if (scope === null || outcome === null || !this.canOverrule || this.busy) return;
    const overruled = await this.#call(() => api.overruleGrade({ scope, reviewId: outcome.reviewId }));
    if (overruled === undefined) return;
    this.answers = [...this.answers.slice(0, -1), { reviewId: overruled.reviewId, rating: overruled.rating, correct: correctOf(overruled) }];
    this.session = overruled.session;
    this.outcome = overruled;
    this.note = 'Counted as right.';
  }

  async suspend(): Promise<void> {
    const { scope, card } = this;
    if (scope === null || card === null || this.busy || this.phase === 'summary') return;
    const session = await this.#call(() => api.suspendFact({ scope, factId: card.factId }));
    if (session === undefined) return;
    this.#show(session, 'Suspended: this fact will not be asked again.');
  }

  end(): void {
    if (this.phase === 'loading') return;
    this.endedAt = this.#now();
    this.card = null;
    this.outcome = null;
    this.note = null;
    this.phase = 'summary';
  }

  async #load(): Promise<void> {
    const scope = this.scope;
    if (scope === null) return;
    const session = await this.#call(() => api.getStudySession({ scope }));
    if (session !== undefined) this.#show(session, this.note);
  }

  #show(session: StudySession, note: string | null): void {
    this.session = session;
    this.outcome = null;
    this.chosen = null;
    this.note = note;
    this.card = session.card;
    if (session.card !== null) this.title = session.card.articleTitle;
    this.shown++;
    this.#shownAt = this.#now();
    if (session.card === null) {
      this.note = null;
      this.endedAt = this.#now();
      this.phase = 'summary';
    } else {
      this.phase = 'question';
    }
  }

  /** Runs one request; on failure shows it and answers undefined, leaving the screen as it was. */
  async #call<T>(request: () => Promise<T>): Promise<T | undefined> {
    const id = ++this.#request;
    this.busy = true;
    try {
      const value = await request();
      if (id !== this.#request) return undefined;
      notices.dismiss();
      return value;
    } catch (error) {
      if (id !== this.#request) return undefined;
      notices.show(error);
      // The card is gone from the article (edited meanwhile): the services have the next one ready.
      if (error instanceof ApiCallError && error.code === 'not-found' && this.scope !== null) void this.#reloadAfterFailure();
      return undefined;
    } finally {
      if (id === this.#request) this.busy = false;
    }
  }

  async #reloadAfterFailure(): Promise<void> {
    const scope = this.scope;
    if (scope === null) return;
    try {
      this.#show(await api.getStudySession({ scope }), null);
    } catch {
      // Already reported; the learner can try again from the Library.
    }
  }
}

const RATING_NAMES: Record<ReviewRating, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

export const study = new Study();
