/**
 * Today's study queue: facts in (re)learning that are due, then due reviews, most overdue first,
 * then new facts in article order — within the day's limits. One pass over the facts and one
 * sort per kind, so 50k facts stay quick.
 */
import { State } from 'ts-fsrs';
import type { FactMemory } from './memory';
import type { SchedulerSettings } from './settings';

export interface QueueFact {
  readonly id: string;
  readonly articleId: string;
  readonly sectionIndex: number;
  /** The fact's position within its section. */
  readonly order: number;
}

export type QueueKind = 'learning' | 'review' | 'new';

export interface QueueItem {
  readonly factId: string;
  readonly kind: QueueKind;
}

export interface QueueInput {
  /** Articles in the order the learner sees them; each article's facts in any order. */
  readonly facts: readonly QueueFact[];
  readonly memories: (factId: string) => FactMemory | undefined;
  readonly now: number;
  readonly settings: SchedulerSettings;
  /** What the learner already did today, counted against the daily limits. */
  readonly doneToday: { readonly newCount: number; readonly reviewCount: number };
  /** Study one article, or one section of it. */
  readonly scope?: { readonly articleId: string; readonly sectionIndex?: number };
}

export interface StudyQueue {
  readonly items: readonly QueueItem[];
  readonly counts: Readonly<Record<QueueKind, number>>;
}

interface DueEntry {
  readonly factId: string;
  readonly due: number;
  readonly position: number;
}

interface NewEntry {
  readonly fact: QueueFact;
  readonly articleRank: number;
  readonly position: number;
}

export function buildQueue(input: QueueInput): StudyQueue {
  const { facts, memories, now, settings, doneToday, scope } = input;
  const learning: DueEntry[] = [];
  const reviews: DueEntry[] = [];
  const fresh: NewEntry[] = [];
  const articleRanks = new Map<string, number>();

  facts.forEach((fact, position) => {
    if (!articleRanks.has(fact.articleId)) articleRanks.set(fact.articleId, articleRanks.size);
    if (scope !== undefined && (fact.articleId !== scope.articleId || (scope.sectionIndex !== undefined && fact.sectionIndex !== scope.sectionIndex))) {
      return;
    }
    const memory = memories(fact.id);
    if (memory?.suspended === true) return;
    if (memory === undefined || memory.card.state === State.New) {
      fresh.push({ fact, articleRank: articleRanks.get(fact.articleId) ?? 0, position });
    } else if (memory.card.due <= now) {
      (memory.card.state === State.Review ? reviews : learning).push({ factId: fact.id, due: memory.card.due, position });
    }
  });

  const byDue = (a: DueEntry, b: DueEntry): number => a.due - b.due || a.position - b.position;
  const byArticleOrder = (a: NewEntry, b: NewEntry): number =>
    a.articleRank - b.articleRank || a.fact.sectionIndex - b.fact.sectionIndex || a.fact.order - b.fact.order || a.position - b.position;

  const dueLearning = learning.sort(byDue);
  const dueReviews = reviews.sort(byDue).slice(0, remaining(settings.reviewsPerDay, doneToday.reviewCount));
  const newFacts = fresh.sort(byArticleOrder).slice(0, remaining(settings.newPerDay, doneToday.newCount));

  const items: QueueItem[] = [
    ...dueLearning.map((entry) => ({ factId: entry.factId, kind: 'learning' as const })),
    ...dueReviews.map((entry) => ({ factId: entry.factId, kind: 'review' as const })),
    ...newFacts.map((entry) => ({ factId: entry.fact.id, kind: 'new' as const })),
  ];
  return { items, counts: { learning: dueLearning.length, review: dueReviews.length, new: newFacts.length } };
}

/** What is left of a daily limit; nonsense counts (negative, NaN) count as nothing done. */
function remaining(limit: number, done: number): number {
  const used = Number.isFinite(done) && done > 0 ? Math.floor(done) : 0;
  return Math.max(0, limit - used);
}
