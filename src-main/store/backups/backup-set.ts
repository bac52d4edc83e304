/**
 * The backups folder: list, take and thin. A backup is built in `backups/.partial-<id>/`,
 * fsynced, and renamed into place, so it appears whole or not at all. Month files of the review
 * log that have not changed since the previous backup are hard-linked to its copy (backups are
 * never modified), so 35 backups of a 100 MB log do not take 3.5 GB.
 */
import path from 'node:path';
import type { BackupInfo } from '../../contract';
import { fsyncFolder, makeFolderDurably, renameWithRetry, writeFileDurably } from '../durable-fs';
import { pathExists, type StoreIo } from '../io';
import { listArticleFiles } from '../library/article-files';
import { ARTICLE_FILE, BACKED_UP_DOCUMENTS, MANIFEST, backupIdOf, filePath, isBackupId, readManifest, type BackedUpFile, type Manifest } from './manifest';
import { thinBackups } from './thin';

export interface ListedBackup extends BackupInfo {
  readonly manifest: Manifest;
}

const PARTIAL = '.partial-';

export class BackupSet {
  readonly folder: string;

  constructor(
    readonly dataDir: string,
    private readonly io: StoreIo,
    private readonly now: () => number,
  ) {
    this.folder = path.join(dataDir, 'backups');
  }

  /** Complete backups, newest first. */
  async list(): Promise<ListedBackup[]> {
    const names = await this.io.readdir(this.folder).catch(() => [] as string[]);
    const listed = await Promise.all(
      names.filter(isBackupId).map(async (id) => {
        const manifest = await readManifest(this.io, this.folder, id);
        if (manifest === null) return [];
        const sizeBytes = manifest.files.reduce((sum, file) => sum + file.size, 0);
        return [{ id, takenAt: manifest.takenAt, sizeBytes, manifest }];
      }),
    );
    return listed.flat().sort((a, b) => b.takenAt - a.takenAt || (a.id < b.id ? 1 : -1));
  }

  /**
   * Copies the documents, then each month file up to its complete length as the log reports it
   * (`logSizes`, read after the documents, so the copied collection never claims answers the
   * copied log lacks). Answers keep being appended meanwhile: bytes before the complete length
   * never change. Without `force`, answers `null` when nothing changed since the newest backup.
   */
  async take(logSizes: () => ReadonlyMap<string, number>, force = false): Promise<BackupInfo | null> {
    const newest = (await this.list())[0] ?? null;
    const articles = await this.#stat(await listArticleFiles(this.io, this.dataDir), () => null);
    const documents = await this.#stat([...BACKED_UP_DOCUMENTS], () => null);
    if (!force && newest !== null && sameFiles(newest.manifest.files, [...documents, ...articles, ...(await this.#shards(logSizes()))])) return null;
    const takenAt = this.now();
    const id = await this.#freshId(takenAt);
    const partial = path.join(this.folder, `${PARTIAL}${id}`);
    await makeFolderDurably(this.folder, this.io);
    await this.io.mkdir(path.join(partial, 'reviews'));
    if (articles.length > 0) await this.io.mkdir(path.join(partial, 'articles'));
    const files: BackedUpFile[] = [];
    for (const document of documents) {
      const copied = await this.#copy(document, partial, null);
      if (copied !== null) files.push(copied);
    }
    for (const article of articles) {
      const copied = await this.#copy(article, partial, newest);
      if (copied !== null) files.push(copied);
    }
    for (const shard of await this.#shards(logSizes())) files.push(await this.#copy(shard, partial, newest) ?? shard);
    await fsyncFolder(path.join(partial, 'reviews'), this.io);
    if (articles.length > 0) await fsyncFolder(path.join(partial, 'articles'), this.io);
    const manifest: Manifest = { schemaVersion: 1, takenAt, files };
    await writeFileDurably(path.join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, this.io);
    await renameWithRetry(partial, path.join(this.folder, id), { rename: this.io.rename });
    await fsyncFolder(this.folder, this.io);
    return { id, takenAt, sizeBytes: files.reduce((sum, file) => sum + file.size, 0) };
  }

  /**
   * A backup made of files the caller read and checked (a restore from an exported file), so it
   * can be put back like any other: built in a partial folder, manifest last, renamed into place.
   */
  async adopt(files: readonly { readonly name: string; readonly bytes: Uint8Array }[]): Promise<BackupInfo> {
    const takenAt = this.now();
    const id = await this.#freshId(takenAt);
    const partial = path.join(this.folder, `${PARTIAL}${id}`);
    await makeFolderDurably(this.folder, this.io);
    await this.io.mkdir(path.join(partial, 'reviews'));
    for (const file of files) await writeFileDurably(filePath(partial, file.name), file.bytes, this.io);
    await fsyncFolder(path.join(partial, 'reviews'), this.io);
    // mtime 0: never taken for a live file's, so no later backup links to these copies by mistake.
    const manifest: Manifest = { schemaVersion: 1, takenAt, files: files.map((file) => ({ name: file.name, size: file.bytes.length, mtimeMs: 0 })) };
    await writeFileDurably(path.join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, this.io);
    await renameWithRetry(partial, path.join(this.folder, id), { rename: this.io.rename });
    await fsyncFolder(this.folder, this.io);
    return { id, takenAt, sizeBytes: files.reduce((sum, file) => sum + file.bytes.length, 0) };
  }

  /** Removes what the thinning rule drops, and backups a crash left half-made. */
  async prune(): Promise<string[]> {
    const { remove } = thinBackups(await this.list(), this.now());
    const names = await this.io.readdir(this.folder).catch(() => [] as string[]);
    const doomed = [...remove.map((backup) => backup.id), ...names.filter((name) => name.startsWith(PARTIAL))];
    for (const name of doomed) await this.io.rm(path.join(this.folder, name), { recursive: true, force: true });
    return doomed;
  }

  /** The month files with complete bytes, sized as the log says (stat'ed first, for their mtime). */
  async #shards(sizes: ReadonlyMap<string, number>): Promise<BackedUpFile[]> {
    const names = [...sizes].filter(([, size]) => size > 0).map(([shard]) => `reviews/${shard}.jsonl`);
    return this.#stat(names, (name) => sizes.get(name.slice('reviews/'.length, -'.jsonl'.length)) ?? null);
  }

  async #stat(names: readonly string[], completeSize: (name: string) => number | null): Promise<BackedUpFile[]> {
    const found = await Promise.all(
      names.map(async (name) => {
        try {
          const stats = await this.io.lstat(filePath(this.dataDir, name));
          return stats.isFile() ? [{ name, size: completeSize(name) ?? stats.size, mtimeMs: stats.mtimeMs }] : [];
        } catch {
          return []; // not there (yet): nothing to back up
        }
      }),
    );
    return found.flat();
  }

  /**
   * Links a month file or an article text unchanged since the newest backup (same complete size,
   * same mtime) to its copy there; otherwise copies, cuts the copy to `source.size` (a month file may have grown
   * since it was measured) and fsyncs it. A document's recorded size is its copy's.
   */
  async #copy(source: BackedUpFile, partial: string, newest: ListedBackup | null): Promise<BackedUpFile | null> {
    const target = filePath(partial, source.name);
    const isShard = source.name.startsWith('reviews/');
    const linkable = isShard || ARTICLE_FILE.test(source.name);
    const previous = newest?.manifest.files.find((file) => file.name === source.name);
    if (linkable && newest !== null && previous?.size === source.size && previous.mtimeMs === source.mtimeMs) {
      const from = filePath(path.join(this.folder, newest.id), source.name);
      if (await this.io.link(from, target).then(() => true, () => false)) return source; // else (FAT, gone): copy
    }
    try {
      await this.io.copyFile(filePath(this.dataDir, source.name), target);
    } catch (error) {
      if (!(await pathExists(this.io, filePath(this.dataDir, source.name)))) return null; // removed meanwhile
      throw error;
    }
    const handle = await this.io.open(target, 'r+');
    try {
      if (isShard && (await handle.stat()).size > source.size) await handle.truncate(source.size);
      await handle.sync();
      return isShard ? source : { ...source, size: (await handle.stat()).size };
    } finally {
      await handle.close();
    }
  }

  async #freshId(takenAt: number): Promise<string> {
    for (let n = 0; ; n++) {
      const id = backupIdOf(takenAt, n);
      if (!(await pathExists(this.io, path.join(this.folder, id)))) return id;
    }
  }
}

function sameFiles(saved: readonly BackedUpFile[], current: readonly BackedUpFile[]): boolean {
  if (saved.length !== current.length) return false;
  return current.every((file) => saved.some((old) => old.name === file.name && old.size === file.size && old.mtimeMs === file.mtimeMs));
}
