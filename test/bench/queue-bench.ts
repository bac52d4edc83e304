/**
 * Scheduler speed on a large collection: today's queue over 50k facts (a third in review, some
 * learning, the rest new), and replaying 20k answers through the memory reducer.
 */
import { buildQueue, createMemoryReducer, DEFAULT_SETTINGS, reviewFact, type FactMemory, type QueueFact } from '../../src-main/domain/scheduling';
import { measure, type BenchRow } from './measure';

const START = new Date('2026-03-01T09:00:00Z').getTime();
const HOUR = 3_600_000;

function collection(size: number): { facts: QueueFact[]; memories: Map<string, FactMemory> } {
  const facts: QueueFact[] = [];
  const memories = new Map<string, FactMemory>();
  let learned: FactMemory | undefined;
  for (let n = 0; n < 3; n++) learned = reviewFact(learned, 3, learned?.card.due ?? START, DEFAULT_SETTINGS);
  const template = learned as FactMemory;
  const relearning = reviewFact(template, 1, template.card.due, DEFAULT_SETTINGS);
  for (let n = 0; n < size; n++) {
    const id = `fact-${n}`;
    facts.push({ id, articleId: `article-${Math.floor(n / 500)}`, sectionIndex: Math.floor((n % 500) / 50), order: n % 50 });
    if (n % 3 === 0) memories.set(id, { ...template, card: { ...template.card, due: START + ((n * 7919) % 2000) * HOUR } });
    else if (n % 11 === 1) memories.set(id, relearning);
  }
  return { facts, memories };
}

export function runQueueBench(): BenchRow[] {
  const { facts, memories } = collection(50_000);
  const now = START + 1000 * HOUR;
  const build = () => buildQueue({ facts, memories: (id) => memories.get(id), now, settings: DEFAULT_SETTINGS, doneToday: { newCount: 0, reviewCount: 0 } });
  build(); // warm up
  const queue = measure(30, build);

  const reducer = createMemoryReducer(DEFAULT_SETTINGS);
  const events = Array.from({ length: 20_000 }, (_, n) => ({ id: `r${n}`, at: START + n * HOUR, factId: `fact-${n % 500}`, rating: n % 9 === 0 ? 1 : 3 }));
  const replay = measure(5, () => {
    const table = new Map<string, unknown>();
    for (const event of events) table.set(event.factId, reducer.reduce(table.get(event.factId), event));
    return table.size;
  });

  return [
    { name: 'buildQueue over 50k facts', median: queue.median, p95: queue.p95, unit: 'ms', note: `${build().items.length} items` },
    { name: 'replay 20k answers (500 facts)', median: replay.median, p95: replay.p95, unit: 'ms', note: `${((replay.median / 20_000) * 1000).toFixed(1)} µs per answer` },
  ];
}
