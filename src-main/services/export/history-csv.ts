/**
 * The review history as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line
 * breaks quoted, quotes doubled), one row per line of the review log, written by csv-stringify.
 */
import { stringify } from 'csv-stringify/sync';
import type { LogRecord } from '../../contract';

const COLUMNS = ['time_utc', 'kind', 'id', 'fact_id', 'question_id', 'format', 'rating', 'rating_name', 'correct', 'answer', 'took_ms', 'mode', 'undoes'] as const;
const RATING_NAMES = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' } as const;

function row(record: LogRecord): (string | number)[] {
  const time = new Date(record.at).toISOString();
  if (!('kind' in record)) {
    const { id, factId, questionId, format, rating, correct, answer, tookMs, mode } = record;
    return [time, 'answer', id, factId, questionId, format, rating, RATING_NAMES[rating], correct ? 'true' : 'false', answer, tookMs, mode, ''];
  }
  return [time, record.kind, record.id, record.factId, '', '', '', '', '', '', '', '', record.kind === 'undo' ? record.undoes : ''];
}

export function historyCsv(records: Iterable<LogRecord>): string {
  return stringify([...records].map(row), {
    header: true,
    columns: [...COLUMNS],
    record_delimiter: 'windows',
    // csv-stringify quotes a field holding the delimiter, a quote or the record delimiter (CRLF);
    // a lone line feed inside an answer must be quoted too.
    quoted_match: /[\r\n]/,
  });
}
