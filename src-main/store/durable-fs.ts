/**
 * File-system steps that survive a crash or a power cut: write a temp file in the same folder,
 * fsync it, rename it over the target, fsync the folder. A reader therefore sees the old file or
 * the new one, never a mix. Temp files are named `.<target>.<unique>.tmp`.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';

/** Windows answers these while an antivirus or indexer briefly holds the target open. */
const RENAME_RETRY_CODES: ReadonlySet<string> = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** Platforms (Windows, some file systems) that cannot open or fsync a folder. */
const FOLDER_FSYNC_UNSUPPORTED: ReadonlySet<string> = new Set(['EISDIR', 'EPERM', 'EINVAL']);
const TEMP_SUFFIX = '.tmp';

export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

function tempPrefix(target: string): string {
  return `.${path.basename(target)}.`;
}

export async function writeFileDurably(target: string, contents: string): Promise<void> {
  const unique = `${process.pid}-${randomBytes(6).toString('hex')}`;
  const temp = path.join(path.dirname(target), `${tempPrefix(target)}${unique}${TEMP_SUFFIX}`);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(contents, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => {});
    throw error;
  }
  await fsyncFolder(path.dirname(target));
}

export interface RenameOptions {
  readonly rename?: (from: string, to: string) => Promise<void>;
  readonly attempts?: number;
  readonly delayMs?: number;
}

export async function renameWithRetry(from: string, to: string, options: RenameOptions = {}): Promise<void> {
  const { rename = fs.rename, attempts = 6, delayMs = 15 } = options;
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

export async function fsyncFolder(folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = errorCode(error);
    if (code === undefined || !FOLDER_FSYNC_UNSUPPORTED.has(code)) throw error;
  } finally {
    await handle?.close();
  }
}

/** Removes temp files a crash left next to `target` (ours and steno's `.<name>.tmp`). */
export async function removeStaleTempFiles(target: string): Promise<string[]> {
  const folder = path.dirname(target);
  const prefix = tempPrefix(target);
  const stale = (await fs.readdir(folder)).filter((name) => name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX));
  await Promise.all(stale.map((name) => fs.rm(path.join(folder, name), { force: true })));
  return stale;
}

/** Renames `target` to `<target>.corrupt-<stamp>` (never over an earlier one) and returns the new path. */
export async function moveAside(target: string, stamp: number): Promise<string> {
  for (let n = 0; ; n++) {
    const candidate = `${target}.corrupt-${stamp}${n === 0 ? '' : `-${n}`}`;
    if (await exists(candidate)) continue;
    await renameWithRetry(target, candidate);
    await fsyncFolder(path.dirname(target));
    return candidate;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}
