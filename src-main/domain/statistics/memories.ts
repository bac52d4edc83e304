/**
 * What the current memories say: due today, the 30-day forecast, and mastery per article and per
 * fact kind. One pass over the facts each.
 *
 * MASTERY: a fact is mastered when it is in review (past its learning steps), not suspended, and
 * its FSRS stability is at least 21 days — the scheduler expects at least a 90 % chance of recall
 * three weeks after the last review. 21 days is Anki's "mature" line and where Factdeck starts
 * asking a fact as free recall (SOLID_FROM_DAYS).
 */
import { MemoryState, SOLID_FROM_DAYS, type FactMemory } from '../scheduling';
import type { StudyCalendar } from './calendar';
import type { FactKindName, ForecastDay, MasteryRow, MasteryStats } from './model';

export const MASTERY_STABILITY_DAYS = SOLID_FROM_DAYS;

export const MASTERY_RULE =
  'A fact is mastered when it is past its learning steps and its memory stability is at least 21 days: ' +
  'you are expected to still recall it, with 90 % probability, three weeks after your last review. Suspended facts are not counted as mastered.';

export interface DashboardFact {
  readonly id: string;
  readonly articleId: string;
  readonly kind: FactKindName;
  readonly memory: FactMemory | undefined;
}

export const FORECAST_DAYS = 30;

const KINDS: readonly { readonly kind: FactKindName; readonly label: string }[] = [
  { kind: 'number', label: 'Numbers' },
  { kind: 'quote', label: 'Quotes' },
  { kind: 'person', label: 'People' },
  { kind: 'list', label: 'Lists' },
  { kind: 'event', label: 'Events' },
  { kind: 'cause', label: 'Causes' },
  { kind: 'term', label: 'Terms' },
];

export function isStudied(memory: FactMemory | undefined): memory is FactMemory {
  return memory !== undefined && memory.card.state !== MemoryState.New;
}

export function isMastered(memory: FactMemory | undefined): boolean {
  return isStudied(memory) && !memory.suspended && memory.card.state === MemoryState.Review && memory.card.stability >= MASTERY_STABILITY_DAYS;
}

/** Due counts per day from today (0, overdue included) for FORECAST_DAYS days. */
export function forecast(facts: readonly DashboardFact[], calendar: StudyCalendar, now: number): ForecastDay[] {
  const today = calendar.dayOf(now);
  const reviews = new Array<number>(FORECAST_DAYS).fill(0);
  const learning = new Array<number>(FORECAST_DAYS).fill(0);
  for (const { memory } of facts) {
    if (!isStudied(memory) || memory.suspended) continue;
    const inDays = Math.max(0, calendar.dayOf(memory.card.due) - today);
    if (inDays >= FORECAST_DAYS) continue;
    const series = memory.card.state === MemoryState.Review ? reviews : learning;
    series[inDays] = (series[inDays] ?? 0) + 1;
  }
  return reviews.map((count, inDays) => ({ date: calendar.label(today + inDays), inDays, reviews: count, learning: learning[inDays] ?? 0 }));
}

export function mastery(facts: readonly DashboardFact[], articles: readonly { readonly id: string; readonly title: string }[]): MasteryStats {
  const rows = new Map<string, { facts: number; studied: number; mastered: number }>();
  const tally = (key: string, memory: FactMemory | undefined): void => {
    let row = rows.get(key);
    if (row === undefined) rows.set(key, (row = { facts: 0, studied: 0, mastered: 0 }));
    row.facts++;
    if (isStudied(memory)) row.studied++;
    if (isMastered(memory)) row.mastered++;
  };
  for (const { articleId, kind, memory } of facts) {
    tally(`article:${articleId}`, memory);
    tally(`kind:${kind}`, memory);
  }
  const rowOf = (key: string, id: string, label: string): MasteryRow => ({ key: id, label, ...(rows.get(key) ?? { facts: 0, studied: 0, mastered: 0 }) });
  return {
    byArticle: articles.map(({ id, title }) => rowOf(`article:${id}`, id, title)),
    byKind: KINDS.map(({ kind, label }) => rowOf(`kind:${kind}`, kind, label)),
    rule: MASTERY_RULE,
  };
}
