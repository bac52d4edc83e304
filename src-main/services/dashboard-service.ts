/**
 * The Progress dashboard: the review log folded into a digest (month by month, through the store),
 * the current memories of every askable fact in every article and the quiz history, handed to the
 * pure statistics functions. Time and the time zone come in from outside.
 *
 * Replaying the log through the scheduler costs about 10 µs an answer (5–6 s for 500k answers),
 * so the digest is kept between calls with the bytes of each month file it has folded, and a
 * later call folds only the answers added since. It is rebuilt when the log was replaced (a
 * restored backup) or the machine moved to another time zone (each answer's day is its local
 * date; summer time needs no rebuild, as every answer is dated with the offset of its own moment).
 */
import type { Dashboard } from '../contract';
import { createMemoryReducer, DEFAULT_SETTINGS, readMemory, type MemoryReducer, type SchedulerSettings } from '../domain/scheduling';
import { computeDashboard, LogDigest, studyCalendar, type DashboardFact, type StudyCalendar } from '../domain/statistics';
import type { AppStore } from '../store';
import type { ContentLibrary } from './content-library';
import type { ArticleDecks } from './study/article-decks';
import { DAY_STARTS_AT_HOUR } from './study/study-day';

export interface DashboardServiceDeps {
  readonly store: AppStore;
  readonly library: ContentLibrary;
  readonly decks: ArticleDecks;
  readonly now: () => number;
  readonly settings: () => SchedulerSettings;
  /**
   * The reducer the store folds the log with (`appMemoryReducer`, with the learner's retention
   * history), so the replay here gives the memories the store holds.
   */
  readonly reducer?: MemoryReducer;
  /** Study days in the machine's time zone by default; tests pass a fixed offset. */
  readonly calendar?: StudyCalendar;
  readonly log?: (message: string) => void;
}

export interface DashboardService {
  dashboard(): Promise<Dashboard>;
}

/** Study days in the machine's local time, starting at the hour the study queue uses. */
export function localStudyCalendar(): StudyCalendar {
  return studyCalendar({ dayStartHour: DAY_STARTS_AT_HOUR, offsetAt: (at) => -new Date(at).getTimezoneOffset() });
}

interface CachedDigest {
  readonly digest: LogDigest;
  readonly applied: Map<string, number>;
  readonly epoch: number;
  readonly zone: string;
}

/** Two fixed days, winter and summer: their local start times tell one time zone's rules from another's. */
const ZONE_PROBE_DAYS = [20_089, 20_270]; // 2025-01-01, 2025-07-01

function zoneKey(calendar: StudyCalendar): string {
  return ZONE_PROBE_DAYS.map((day) => calendar.startOf(day)).join(',');
}

export function createDashboardService({
  store,
  library,
  decks,
  now,
  settings,
  reducer = createMemoryReducer(DEFAULT_SETTINGS),
  calendar = localStudyCalendar(),
  log = (message) => console.warn(message),
}: DashboardServiceDeps): DashboardService {
  let cached: CachedDigest | null = null;
  /** One fold at a time: two dashboards asked at once share it. */
  let folding: Promise<LogDigest> | null = null;

  async function foldLog(): Promise<LogDigest> {
    const epoch = store.reviewLogEpoch;
    const zone = zoneKey(calendar);
    let current = cached;
    if (current === null || current.epoch !== epoch || current.zone !== zone) {
      current = { digest: new LogDigest({ calendar, reducer }), applied: new Map(), epoch, zone };
    }
    for await (const { shard, records, end } of store.readReviewLog(current.applied)) {
      for (const record of records) current.digest.add(record);
      current.applied.set(shard, end);
    }
    cached = current;
    return current.digest;
  }

  return {
    async dashboard() {
      const articles = await library.list();
      const facts: DashboardFact[] = [];
      for (const article of articles) {
        try {
          const deck = await decks.deckOf(article.id);
          for (const fact of deck.facts.values()) {
            facts.push({ id: fact.id, articleId: article.id, kind: fact.kind, memory: readMemory(store.getMemory(fact.id)) });
          }
        } catch (error) {
          // One article that cannot be read must not hide the progress on the others.
          log(`The dashboard left out article ${article.id}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      const at = now();
      folding ??= foldLog().finally(() => (folding = null));
      const digest = await folding;
      return computeDashboard({
        now: at,
        calendar,
        digest,
        facts,
        articles: articles.map(({ id, title }) => ({ id, title })),
        quizAttempts: store.listQuizAttempts(),
        desiredRetention: settings().desiredRetention,
      });
    },
  };
}
