/**
 * One lowdb document (a `Low` over a DurableJsonFile) with a single writer: changes apply to the
 * in-memory data at once, in call order, and writes run one after another. Changes that arrive
 * while a write is waiting share that write, which then saves the latest data. A failed write
 * rejects its callers and leaves the change in memory; the next write saves it.
 *
 * Opening never overwrites what it cannot read: a damaged file is set aside first, then the
 * document is recovered (`recover`: a backup, or a rebuild) or starts from the defaults, and the
 * learner is told in one sentence.
 */
import path from 'node:path';
import { Low } from 'lowdb';
import { ServiceError } from '../service-error';
import { removeStaleTempFiles, writeFileDurably } from './durable-fs';
import { DurableJsonFile, type DurableJsonFileOptions } from './durable-json-file';
import { nodeIo, type StoreIo } from './io';
import { describeStorageError } from './storage-error';

export interface Recovered<T> {
  readonly data: T;
  /** Where it came from, to end a sentence: "the backup from 2026-01-02 10:00 UTC". */
  readonly from: string;
  /** Copied from a backup, or computed again from the answers. */
  readonly how?: 'restored' | 'rebuilt';
}

export interface StoredDocumentOptions<T> extends DurableJsonFileOptions<T> {
  readonly defaults: () => T;
  /** Asked when the file is missing or damaged; `null` when there is nothing to recover from. */
  readonly recover?: () => Promise<Recovered<T> | null>;
  /** Write the defaults at open when the file is missing and nothing was recovered; on by default. */
  readonly createWhenMissing?: boolean;
}

export class StoredDocument<T> {
  #tail: Promise<void> = Promise.resolve();
  #waiting: Promise<void> | null = null;
  #closed = false;
  readonly #notices: string[] = [];

  private constructor(
    private readonly db: Low<T>,
    private readonly file: DurableJsonFile<T>,
    private readonly io: StoreIo,
  ) {}

  static async open<T>(filePath: string, options: StoredDocumentOptions<T>): Promise<StoredDocument<T>> {
    const writable = options.readOnlyReason == null;
    // Another process's temp files may be in flight: only the folder's owner cleans them.
    if (writable) await removeStaleTempFiles(filePath, options.io ?? nodeIo);
    const file = new DurableJsonFile(filePath, options);
    const defaults = options.defaults();
    const db = new Low<T>(file, defaults);
    await db.read();
    const document = new StoredDocument(db, file, options.io ?? nodeIo);
    if (file.readOnlyReason !== null) return document;
    if (file.outcome === 'migrated') await document.#saveAtOpen(options.label);
    if (file.outcome !== 'missing' && file.outcome !== 'corrupt') return document;
    const recovered = options.recover === undefined ? null : await options.recover();
    if (recovered !== null) db.data = recovered.data;
    document.#notices.push(...describeRecovery(file, options.label, recovered));
    if (recovered === null && file.outcome === 'missing' && options.createWhenMissing === false) return document;
    await document.#saveAtOpen(options.label);
    return document;
  }

  get data(): T {
    return this.db.data;
  }

  get notices(): readonly string[] {
    return [...this.file.notices, ...this.#notices];
  }

  get readOnlyReason(): string | null {
    return this.file.readOnlyReason;
  }

  /** Applies `change` now and resolves once it is on disk. */
  async update(change: (data: T) => T): Promise<void> {
    if (this.#closed) throw new Error(`${this.file.filePath} is closed.`);
    const refused = this.file.readOnlyReason;
    if (refused !== null) throw new ServiceError('storage-failed', refused);
    this.db.data = change(this.db.data);
    await this.#write();
  }

  /**
   * Saves text the caller serialized itself from data it checked (the collection builds its
   * 50k-entry text in slices); in line with the other writes, and refused the same way.
   */
  async saveText(text: string): Promise<void> {
    if (this.#closed) throw new Error(`${this.file.filePath} is closed.`);
    const refused = this.file.readOnlyReason;
    if (refused !== null) throw new ServiceError('storage-failed', refused);
    const run = this.#tail.then(() => writeFileDurably(this.file.filePath, text, this.io));
    this.#tail = run.catch(() => {});
    await run;
  }

  /** Stops further changes and waits for the pending writes. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#tail;
  }

  /** A full or read-only disk must not stop Factdeck from starting: the data stays in memory. */
  async #saveAtOpen(label: string): Promise<void> {
    try {
      await this.#write();
    } catch (error) {
      this.#notices.push(`Factdeck could not save ${label} (${describeStorageError(error)}). It will try again with your next change.`);
    }
  }

  #write(): Promise<void> {
    if (this.#waiting !== null) return this.#waiting;
    const run = this.#tail.then(() => {
      this.#waiting = null;
      return this.db.write();
    });
    this.#waiting = run;
    this.#tail = run.catch(() => {});
    return run;
  }
}

function describeRecovery<T>(file: DurableJsonFile<T>, label: string, recovered: Recovered<T> | null): string[] {
  const damage = file.quarantined;
  if (damage === null) {
    // A missing file on a first run is normal; only a file that could be restored is news.
    return recovered === null ? [] : [`Factdeck could not find ${label} (${path.basename(file.filePath)}), so it ${recovered.how ?? 'restored'} it from ${recovered.from}.`];
  }
  const instead = recovered === null ? 'started afresh' : `${recovered.how ?? 'restored'} it from ${recovered.from}`;
  return [`Factdeck could not read ${label} because ${damage.reason}, so it ${instead}. The damaged file was kept as ${damage.keptAs}.`];
}
