/**
 * The review log's line format: one `LogRecord` (an answer, an undo, a suspension) as compact JSON
 * per line, UTF-8, `\n` ended. Every record is checked before it is written, so the log never
 * holds a line it would refuse.
 */
import * as v from 'valibot';
import type { LogRecord, ResetRecord, ReviewRecord, SuspendRecord, UndoRecord } from '../../contract';

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
const FORMAT = /^[a-z][a-z0-9-]{0,39}$/;
const MAX_ANSWER = 4000;
const Id = v.pipe(v.string(), v.regex(ID, 'an id'));
const EpochMs = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

export const ReviewRecordSchema: v.GenericSchema<unknown, ReviewRecord> = v.object({
  v: v.literal(1),
  id: Id,
  at: EpochMs,
  factId: Id,
  questionId: Id,
  format: v.pipe(v.string(), v.regex(FORMAT, 'a question format')),
  rating: v.picklist([1, 2, 3, 4]),
  correct: v.boolean(),
  answer: v.pipe(v.string(), v.maxLength(MAX_ANSWER)),
  tookMs: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  mode: v.picklist(['study', 'quiz']),
});

const UndoRecordSchema: v.GenericSchema<unknown, UndoRecord> = v.object({
  v: v.literal(1),
  kind: v.literal('undo'),
  id: Id,
  at: EpochMs,
  factId: Id,
  undoes: Id,
});

const SuspendRecordSchema: v.GenericSchema<unknown, SuspendRecord> = v.object({
  v: v.literal(1),
  kind: v.picklist(['suspend', 'unsuspend']),
  id: Id,
  at: EpochMs,
  factId: Id,
});

const ResetRecordSchema: v.GenericSchema<unknown, ResetRecord> = v.object({
  v: v.literal(1),
  kind: v.literal('reset'),
  id: Id,
  at: EpochMs,
  factId: Id,
});

export function isAnswerRecord(record: LogRecord): record is ReviewRecord {
  return !('kind' in record);
}

/** The bytes of one log line; throws (a plain Error) for a record the log would not read back. */
export function encodeReview(record: LogRecord): Buffer {
  if (!isAnswerRecord(record)) return encodeChange(record);
  const checked = v.parse(ReviewRecordSchema, record);
  // Fixed key order, so equal records are equal bytes (and backups dedupe well).
  const { v: version, id, at, factId, questionId, format, rating, correct, answer, tookMs, mode } = checked;
  const line = JSON.stringify({ v: version, id, at, factId, questionId, format, rating, correct, answer, tookMs, mode });
  return Buffer.from(`${line}\n`, 'utf8');
}

function encodeChange(record: UndoRecord | SuspendRecord | ResetRecord): Buffer {
  let line: string;
  if (record.kind === 'undo') {
    const { v: version, kind, id, at, factId, undoes } = v.parse(UndoRecordSchema, record);
    line = JSON.stringify({ v: version, kind, id, at, factId, undoes });
  } else if (record.kind === 'reset') {
    const { v: version, kind, id, at, factId } = v.parse(ResetRecordSchema, record);
    line = JSON.stringify({ v: version, kind, id, at, factId });
  } else {
    const { v: version, kind, id, at, factId } = v.parse(SuspendRecordSchema, record);
    line = JSON.stringify({ v: version, kind, id, at, factId });
  }
  return Buffer.from(`${line}\n`, 'utf8');
}

/** A record from one line, or `null` when the line is not one. */
export function decodeReview(line: string): LogRecord | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (isExactRecord(value)) return value;
  const kind = typeof value === 'object' && value !== null ? (value as { kind?: unknown }).kind : undefined;
  const schema =
    kind === 'undo' ? UndoRecordSchema : kind === 'suspend' || kind === 'unsuspend' ? SuspendRecordSchema : kind === 'reset' ? ResetRecordSchema : ReviewRecordSchema;
  const parsed = v.safeParse(schema, value);
  return parsed.success ? parsed.output : null;
}

/**
 * The schema's rules written out, for the lines Factdeck wrote itself: exactly the eleven keys,
 * each valid. A rebuild reads 500k lines, and this is several times faster than the schema;
 * anything it does not accept (a line with extra keys, say) still goes through the schema, and
 * a test checks it never accepts what the schema refuses.
 */
export function isExactRecord(value: unknown): value is ReviewRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.keys(value).length !== 11) return false;
  const r = value as Record<string, unknown>;
  return (
    r.v === 1 &&
    isId(r.id) &&
    isCount(r.at) &&
    isId(r.factId) &&
    isId(r.questionId) &&
    typeof r.format === 'string' &&
    FORMAT.test(r.format) &&
    (r.rating === 1 || r.rating === 2 || r.rating === 3 || r.rating === 4) &&
    typeof r.correct === 'boolean' &&
    typeof r.answer === 'string' &&
    r.answer.length <= MAX_ANSWER &&
    isCount(r.tookMs) &&
    (r.mode === 'study' || r.mode === 'quiz')
  );
}

function isId(value: unknown): boolean {
  return typeof value === 'string' && ID.test(value);
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
