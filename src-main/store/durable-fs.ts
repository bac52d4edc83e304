/**
 * File-system steps that survive a crash or a power cut: write a temp file in the same folder,
 * fsync it, rename it over the target, fsync the folder. A reader therefore sees the old file or
 * the new one, never a mix. Temp files are named `.<target>.<unique>.tmp`.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { errorCode, nodeIo, pathExists, type StoreFileHandle, type StoreIo } from './io';

/** Windows answers these while an antivirus or indexer briefly holds the target open. */
const RENAME_RETRY_CODES: ReadonlySet<string> = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** Platforms (Windows, some file systems) that cannot open or fsync a folder. */
const FOLDER_FSYNC_UNSUPPORTED: ReadonlySet<string> = new Set(['EISDIR', 'EPERM', 'EINVAL']);
const TEMP_SUFFIX = '.tmp';

function tempPrefix(target: string): string {
  return `.${path.basename(target)}.`;
}

export async function writeFileDurably(target: string, contents: string | Uint8Array, io: StoreIo = nodeIo): Promise<void> {
  const unique = `${process.pid}-${randomBytes(6).toString('hex')}`;
  const temp = path.join(path.dirname(target), `${tempPrefix(target)}${unique}${TEMP_SUFFIX}`);
  try {
    const handle = await io.open(temp, 'wx');
    try {
      await handle.writeFile(contents);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, target, { rename: io.rename });
  } catch (error) {
    await io.rm(temp, { force: true }).catch(() => {});
    throw error;
  }
  await fsyncFolder(path.dirname(target), io);
}

export interface RenameOptions {
  readonly rename?: (from: string, to: string) => Promise<void>;
  readonly attempts?: number;
  readonly delayMs?: number;
}

export async function renameWithRetry(from: string, to: string, options: RenameOptions = {}): Promise<void> {
  const { rename = nodeIo.rename, attempts = 6, delayMs = 15 } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await rename(from, to);
    } catch (error) {
      const code = errorCode(error);
      if (attempt >= attempts || code === undefined || !RENAME_RETRY_CODES.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs * attempt));
    }
  }
}

export async function fsyncFolder(folder: string, io: StoreIo = nodeIo): Promise<void> {
  let handle: StoreFileHandle | undefined;
  try {
    handle = await io.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = errorCode(error);
    if (code === undefined || !FOLDER_FSYNC_UNSUPPORTED.has(code)) throw error;
  } finally {
    await handle?.close();
  }
}

/** Creates `folder` (and its parents) and makes the new entry durable in the parent folder. */
export async function makeFolderDurably(folder: string, io: StoreIo = nodeIo): Promise<void> {
  if (await pathExists(io, folder)) return;
  await io.mkdir(folder);
  await fsyncFolder(path.dirname(folder), io);
}

/** Removes temp files a crash left next to `target` (ours and steno's `.<name>.tmp`). */
export async function removeStaleTempFiles(target: string, io: StoreIo = nodeIo): Promise<string[]> {
  const folder = path.dirname(target);
  const prefix = tempPrefix(target);
  const stale = (await io.readdir(folder)).filter((name) => name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX));
  await Promise.all(stale.map((name) => io.rm(path.join(folder, name), { force: true })));
  return stale;
}

/** Renames `target` to `<target>.corrupt-<stamp>` (never over an earlier one) and returns the new path. */
export async function moveAside(target: string, stamp: number, io: StoreIo = nodeIo): Promise<string> {
  for (let n = 0; ; n++) {
    const candidate = `${target}.corrupt-${stamp}${n === 0 ? '' : `-${n}`}`;
    if (await pathExists(io, candidate)) continue;
    await renameWithRetry(target, candidate, { rename: io.rename });
    await fsyncFolder(path.dirname(target), io);
    return candidate;
  }
}
