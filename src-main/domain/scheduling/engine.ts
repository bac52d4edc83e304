/**
 * The bridge to ts-fsrs: one FSRS instance per settings object, and the conversions between its
 * Date-based cards and logs and our JSON-safe ones.
 */
import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  State,
  StrategyMode,
  type Card,
  type FSRS,
  type ReviewLog,
  type TSeedStrategy,
} from 'ts-fsrs';
import type { ReviewStep, StoredCard } from './memory';
import type { SchedulerSettings } from './settings';

/**
 * The fuzz seed, from the card as it was before the answer (its due, its review count, its memory
 * state). ts-fsrs's default seed uses the answer's time to the millisecond, so the interval shown on
 * a button would change if the learner pressed it a second later; this one gives the same fuzz
 * whenever the card is answered that day, and the same again when the log is replayed. A new
 * card's due is only the moment it was created, so the answer's day stands in for it.
 * `current` and `review_time` are protected in ts-fsrs's typings, hence the Reflect reads.
 */
const seedFromCardBeforeAnswer: TSeedStrategy = function () {
  const card = Reflect.get(this, 'current') as Card;
  const answeredAt = Reflect.get(this, 'review_time') as Date;
  const anchor = card.state === State.New ? `day-${Math.floor(answeredAt.getTime() / DAY_MS)}` : card.due.getTime();
  return `${anchor}_${card.reps}_${card.difficulty * card.stability}`;
};

const DAY_MS = 86_400_000;

const engines = new WeakMap<SchedulerSettings, FSRS>();

export function engineFor(settings: SchedulerSettings): FSRS {
  let engine = engines.get(settings);
  if (engine === undefined) {
    const parameters = generatorParameters({
      request_retention: settings.desiredRetention,
      enable_fuzz: settings.fuzz,
      enable_short_term: true,
      learning_steps: settings.learningSteps,
      relearning_steps: settings.relearningSteps,
    });
    engine = fsrs(parameters).useStrategy(StrategyMode.SEED, seedFromCardBeforeAnswer);
    engines.set(settings, engine);
  }
  return engine;
}

/** Rollback reads only the log and the card, never the parameters: one engine serves every settings. */
export const rollbackEngine: FSRS = fsrs();

export function emptyCard(now: number): StoredCard {
  return fromFsrsCard(createEmptyCard(now));
}

export function toFsrsCard(card: StoredCard): Card {
  return { ...card, due: new Date(card.due), last_review: card.last_review === null ? undefined : new Date(card.last_review) };
}

/** Field by field, so no stray ts-fsrs field (or undefined) ends up in the stored JSON. */
export function fromFsrsCard(card: Card): StoredCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.last_review === undefined ? null : card.last_review.getTime(),
  };
}

export function toFsrsLog(step: ReviewStep): ReviewLog {
  return {
    rating: step.rating,
    state: step.state,
    due: new Date(step.due),
    stability: step.stability,
    difficulty: step.difficulty,
    elapsed_days: 0, // deprecated in ts-fsrs and not read by rollback
    last_elapsed_days: step.last_elapsed_days,
    scheduled_days: step.scheduled_days,
    learning_steps: step.learning_steps,
    review: new Date(step.review),
  };
}
