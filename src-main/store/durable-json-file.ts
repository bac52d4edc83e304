/**
 * lowdb adapter for one JSON file in the data folder. Writes are atomic and fsynced
 * (see durable-fs.ts) and checked against the schema first, so it never writes what it would
 * refuse to read. Reading never destroys anything:
 * - missing file → `null` (lowdb keeps the defaults);
 * - empty, unparsable or wrong-shaped file → moved aside to `<name>.corrupt-<epochms>`, `null`;
 * - file from a newer Factdeck (higher `schemaVersion`) or unreadable file → `null`, and every
 *   later write is refused, so the file stays as it is.
 * Each of these leaves a sentence for the learner in `notices`.
 */
import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import * as v from 'valibot';
import { ServiceError } from '../service-error';
import { errorCode, moveAside, writeFileDurably } from './durable-fs';

export interface DurableJsonFileOptions<T> {
  readonly schema: v.GenericSchema<unknown, T>;
  /** The newest `schemaVersion` this build understands. */
  readonly schemaVersion: number;
  /** What the file holds, for notices: "your reading progress". */
  readonly label: string;
  /** Clock for the `.corrupt-<epochms>` suffix. */
  readonly now?: () => number;
}

type Inspection<T> =
  | { readonly kind: 'valid'; readonly data: T }
  | { readonly kind: 'newer'; readonly version: number }
  | { readonly kind: 'corrupt'; readonly reason: string };

export function inspectJson<T>(bytes: Uint8Array, schema: v.GenericSchema<unknown, T>, knownVersion: number): Inspection<T> {
  const text = new TextDecoder('utf-8').decode(bytes); // drops a byte-order mark
  if (text.trim() === '') return { kind: 'corrupt', reason: 'the file was empty' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'corrupt', reason: 'the file was damaged' };
  }
  const version = typeof value === 'object' && value !== null ? (value as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version === 'number' && version > knownVersion) return { kind: 'newer', version };
  const parsed = v.safeParse(schema, value);
  if (!parsed.success) return { kind: 'corrupt', reason: 'the file did not hold what Factdeck expected' };
  return { kind: 'valid', data: parsed.output };
}

export class DurableJsonFile<T> implements Adapter<T> {
  readonly notices: string[] = [];
  #readOnlyReason: string | null = null;

  constructor(
    readonly filePath: string,
    private readonly options: DurableJsonFileOptions<T>,
  ) {}

  /** Why writes are refused, as a sentence for the learner; `null` while writes are allowed. */
  get readOnlyReason(): string | null {
    return this.#readOnlyReason;
  }

  async read(): Promise<T | null> {
    const { label, schema, schemaVersion, now = Date.now } = this.options;
    const name = path.basename(this.filePath);
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(this.filePath);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      this.#refuseWrites(`Factdeck could not open ${label} (${name}), so it will not change it this time.`);
      this.notices.push(`Factdeck could not open ${label} (${name}). Changes will not be saved until Factdeck is restarted.`);
      return null;
    }
    const found = inspectJson(bytes, schema, schemaVersion);
    if (found.kind === 'valid') return found.data;
    if (found.kind === 'newer') {
      this.#refuseWrites('This data was written by a newer Factdeck, so this version will not change it. Please update Factdeck to keep saving.');
      this.notices.push(`${capitalize(label)} (${name}) was saved by a newer version of Factdeck. This version will not change it, so nothing you do now will be saved there.`);
      return null;
    }
    try {
      const aside = await moveAside(this.filePath, now());
      this.notices.push(`Factdeck could not read ${label} because ${found.reason}, so it started afresh. The old file was kept as ${path.basename(aside)}.`);
    } catch {
      this.#refuseWrites(`Factdeck could not set aside the damaged ${name}, so it will not overwrite it.`);
      this.notices.push(`Factdeck could not read ${label} because ${found.reason}, and could not set the file aside. Changes will not be saved.`);
    }
    return null;
  }

  async write(data: T): Promise<void> {
    if (this.#readOnlyReason !== null) throw new ServiceError('storage-failed', this.#readOnlyReason);
    const checked = v.parse(this.options.schema, data);
    await writeFileDurably(this.filePath, `${JSON.stringify(checked, null, 2)}\n`);
  }

  #refuseWrites(reason: string): void {
    this.#readOnlyReason ??= reason;
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
