/**
 * `edits.json`: the learner's corrections to the generated decks (see domain/edits). Small, and
 * precious (hand-made), so it is a stored document like progress.json: written durably, checked
 * on open, backed up, restored from the newest good backup when damaged.
 */
import * as v from 'valibot';
import type { DeckEdits, FactEdit, QuestionEdit, UserFact } from '../domain/edits';
import type { FactKind } from '../domain/facts/model';

export interface EditsFile extends DeckEdits {
  readonly schemaVersion: 1;
}

export const EDITS_SCHEMA_VERSION = 1;
/** Enough for a learner who corrects everything they study, while keeping the file small. */
export const MAX_EDITS = 20_000;

const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/, 'an id'));
const ArticleId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,127}$/, 'an article id'));
const EpochMs = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const Text = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
const KINDS = ['number', 'quote', 'person', 'list', 'event', 'cause', 'term'] as const satisfies readonly FactKind[];

const QuestionEditSchema: v.GenericSchema<unknown, QuestionEdit> = v.object({
  articleId: ArticleId,
  factId: Id,
  prompt: v.optional(Text(2000)),
  answer: v.optional(Text(500)),
  accepted: v.optional(v.pipe(v.array(Text(500)), v.maxLength(20))),
  choices: v.optional(v.pipe(v.array(Text(500)), v.minLength(2), v.maxLength(6))),
  editedAt: EpochMs,
});

const FactEditSchema: v.GenericSchema<unknown, FactEdit> = v.object({ articleId: ArticleId, deleted: v.boolean(), editedAt: EpochMs });

const UserFactSchema: v.GenericSchema<unknown, UserFact> = v.object({
  id: Id,
  articleId: ArticleId,
  sentenceIndex: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  sentence: Text(20_000),
  answer: Text(500),
  start: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  kind: v.picklist(KINDS),
  question: v.nullable(Text(2000)),
  createdAt: EpochMs,
});

const bounded = <T>(schema: v.GenericSchema<unknown, T>) =>
  v.pipe(v.record(Id, schema), v.check((table) => Object.keys(table).length <= MAX_EDITS, `at most ${MAX_EDITS} entries`));

export const EditsFileSchema: v.GenericSchema<unknown, EditsFile> = v.object({
  schemaVersion: v.literal(1),
  questions: bounded(QuestionEditSchema),
  facts: bounded(FactEditSchema),
  added: v.pipe(
    bounded(UserFactSchema),
    v.check((table) => Object.entries(table).every(([id, fact]) => fact.id === id), 'each added fact under its own id'),
  ),
});

export function defaultEdits(): EditsFile {
  return { schemaVersion: 1, questions: {}, facts: {}, added: {} };
}
