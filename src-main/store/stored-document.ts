/**
 * One lowdb document (a `Low` over a DurableJsonFile) with a single writer: changes apply to the
 * in-memory data at once, in call order, and writes run one after another. Changes that arrive
 * while a write is waiting share that write, which then saves the latest data. A failed write
 * rejects its callers and leaves the change in memory; the next write saves it.
 */
import { Low } from 'lowdb';
import { ServiceError } from '../service-error';
import { removeStaleTempFiles } from './durable-fs';
import { DurableJsonFile, type DurableJsonFileOptions } from './durable-json-file';

export interface StoredDocumentOptions<T> extends DurableJsonFileOptions<T> {
  readonly defaults: () => T;
}

export class StoredDocument<T> {
  #tail: Promise<void> = Promise.resolve();
  #waiting: Promise<void> | null = null;
  #closed = false;

  private constructor(
    private readonly db: Low<T>,
    private readonly file: DurableJsonFile<T>,
  ) {}

  /** Reads the file; a first run (or a file set aside as damaged) writes the defaults at once. */
  static async open<T>(filePath: string, options: StoredDocumentOptions<T>): Promise<StoredDocument<T>> {
    await removeStaleTempFiles(filePath);
    const file = new DurableJsonFile(filePath, options);
    const defaults = options.defaults();
    const db = new Low<T>(file, defaults);
    await db.read();
    const document = new StoredDocument(db, file);
    if (db.data === defaults && file.readOnlyReason === null) await document.#write();
    return document;
  }

  get data(): T {
    return this.db.data;
  }

  get notices(): readonly string[] {
    return this.file.notices;
  }

  /** Applies `change` now and resolves once it is on disk. */
  async update(change: (data: T) => T): Promise<void> {
    if (this.#closed) throw new Error(`${this.file.filePath} is closed.`);
    const refused = this.file.readOnlyReason;
    if (refused !== null) throw new ServiceError('storage-failed', refused);
    this.db.data = change(this.db.data);
    await this.#write();
  }

  /** Stops further changes and waits for the pending writes. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#tail;
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
