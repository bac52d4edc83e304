/**
 * The export file: one JSON document holding every file a backup holds (documents as JSON, the
 * review log's months as arrays of records), so a learner can keep it anywhere and restore it
 * into an empty data folder. Turning it back into files checks everything before anything is
 * written; a file from a newer Factdeck is refused.
 */
import * as v from 'valibot';
import type { DataFile } from '../../store';
import { checkDataFile, encodeReview, isDataFileName } from '../../store';
import type { LogRecord } from '../../contract';

export const EXPORT_FORMAT = 'factdeck-export';
export const EXPORT_SCHEMA_VERSION = 1;

export interface ExportDocument {
  readonly format: typeof EXPORT_FORMAT;
  readonly schemaVersion: number;
  /** Epoch milliseconds, and the same as text for a reader. */
  readonly exportedAt: number;
  readonly exportedAtUtc: string;
  /** By name in the data folder: `progress.json` → its JSON, `reviews/2026-01.jsonl` → its records. */
  readonly files: Readonly<Record<string, unknown>>;
}

const decoder = new TextDecoder('utf-8');

export function exportDocument(files: readonly DataFile[], exportedAt: number): ExportDocument {
  const entries = [...files]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((file) => {
      const text = decoder.decode(file.bytes);
      if (file.name.endsWith('.jsonl')) return [file.name, text.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as unknown)];
      if (file.name.endsWith('.json')) return [file.name, JSON.parse(text) as unknown];
      return [file.name, text];
    });
  return { format: EXPORT_FORMAT, schemaVersion: EXPORT_SCHEMA_VERSION, exportedAt, exportedAtUtc: new Date(exportedAt).toISOString(), files: Object.fromEntries(entries) };
}

const EnvelopeSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  schemaVersion: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  exportedAt: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  files: v.record(v.string(), v.unknown()),
});

export type ReadExport =
  | { readonly ok: true; readonly exportedAt: number; readonly files: readonly DataFile[]; readonly reviews: number }
  | { readonly ok: false; readonly reason: string };

const encoder = new TextEncoder();
const NOT_AN_EXPORT = 'This file is not a Factdeck export.';

/** The export's files as the data folder holds them, each checked; or why the file cannot be restored. */
export function readExport(text: string): ReadExport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: `${NOT_AN_EXPORT} (It is not JSON, or it was cut short.)` };
  }
  const envelope = v.safeParse(EnvelopeSchema, value);
  if (!envelope.success) return { ok: false, reason: NOT_AN_EXPORT };
  const { schemaVersion, exportedAt, files } = envelope.output;
  if (schemaVersion > EXPORT_SCHEMA_VERSION) return { ok: false, reason: 'This export was made by a newer version of Factdeck. Update Factdeck to restore it.' };
  const names = Object.keys(files);
  if (names.length === 0) return { ok: false, reason: 'This export holds no data.' };
  const out: DataFile[] = [];
  let reviews = 0;
  for (const name of names) {
    if (!isDataFileName(name)) return { ok: false, reason: `This export cannot be restored: it holds ${JSON.stringify(name.slice(0, 80))}, which this version of Factdeck does not know. It may come from a newer Factdeck.` };
    const bytes = bytesOf(name, files[name]);
    if (typeof bytes === 'string') return { ok: false, reason: `This export cannot be restored: ${bytes}.` };
    const check = checkDataFile(name, bytes);
    if (!check.ok) {
      return { ok: false, reason: check.newer ? `This export was made by a newer version of Factdeck (${check.reason}). Update Factdeck to restore it.` : `This export cannot be restored: ${check.reason}.` };
    }
    reviews += check.records;
    out.push({ name, bytes });
  }
  return { ok: true, exportedAt, files: out, reviews };
}

/** The file's bytes, or what is wrong with it. */
function bytesOf(name: string, value: unknown): Uint8Array | string {
  if (!name.endsWith('.jsonl')) return encoder.encode(`${JSON.stringify(value)}\n`);
  if (!Array.isArray(value)) return `${name} is not a list of answers`;
  const lines: Buffer[] = [];
  for (const [index, record] of value.entries()) {
    try {
      // The log's own encoder: equal records give equal bytes, so a restored log is the exported one.
      lines.push(encodeReview(record as LogRecord));
    } catch {
      return `line ${index + 1} of ${name} is not an answer Factdeck can read`;
    }
  }
  return new Uint8Array(Buffer.concat(lines));
}
