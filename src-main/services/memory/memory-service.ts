/**
 * What the learner remembers of an article, fact by fact, for the Reader's shading and fact
 * panel: each studiable fact's band and memory state at `now`, and one fact's answers from the
 * review log.
 */
import type { ArticleMemory, FactHistoryView, FactMemoryView, LogRecord, ReviewRecord } from '../../contract';
import { factHistory, readMemory, readMemoryAt } from '../../domain/scheduling';
import { ServiceError } from '../../service-error';
import type { AppStore } from '../../store';
import type { ArticleDecks } from '../study/article-decks';
import { STAGES } from '../study/card-view';

export interface MemoryServiceDeps {
  readonly store: AppStore;
  readonly decks: ArticleDecks;
  readonly now: () => number;
  readonly log?: (message: string) => void;
}

export interface MemoryService {
  articleMemory(articleId: string): Promise<ArticleMemory>;
  factHistory(factId: string): Promise<FactHistoryView>;
}

export function createMemoryService({ store, decks, now, log = () => {} }: MemoryServiceDeps): MemoryService {
  return {
    async articleMemory(articleId) {
      const deck = await decks.deckOf(articleId);
      const at = now();
      const facts = deck.queueFacts.flatMap(({ id, sectionIndex }): FactMemoryView[] => {
        const fact = deck.facts.get(id);
        if (fact === undefined) return [];
        const memory = readMemory(store.getMemory(id));
        const studied = memory !== undefined && memory.card.last_review !== null;
        return [{
          factId: id,
          kind: fact.kind,
          answer: fact.answer,
          answerSpan: fact.answerSpan,
          sentenceIndex: fact.sentenceIndex,
          sectionIndex,
          ...readMemoryAt(memory, at),
          stage: memory === undefined ? 'new' : STAGES[memory.card.state],
          due: studied ? memory.card.due : null,
          lastReview: studied ? memory.card.last_review : null,
          stability: studied ? memory.card.stability : null,
          reps: memory?.card.reps ?? 0,
          lapses: memory?.lapses ?? 0,
          leech: memory?.leech ?? false,
          questions: deck.questionsOfFact.get(id) ?? [],
        }];
      });
      return { articleId, at, facts };
    },

    async factHistory(factId) {
      let records: LogRecord[];
      try {
        records = [];
        for await (const month of store.readReviewLog()) for (const record of month.records) if (record.factId === factId) records.push(record);
      } catch (error) {
        log(`Could not read the review log: ${error instanceof Error ? error.message : String(error)}`);
        throw new ServiceError('storage-failed', 'Factdeck could not read your answer history just now. Your answers are safe; try again in a moment.');
      }
      const { answers, undone } = factHistory<ReviewRecord>(records, factId);
      return {
        factId,
        entries: answers.map(({ id, at, format, rating, correct, answer, mode }) => ({ id, at, format, rating, correct, answer, mode })),
        undone,
      };
    },
  };
}
