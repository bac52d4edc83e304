/**
 * The file-system calls the store makes, behind one small interface. Production passes `nodeIo`;
 * the fault tests pass a wrapper that answers ENOSPC, EROFS or EACCES on demand, because the
 * tests run as root and a read-only folder made with chmod does not stop root.
 */
import * as fs from 'node:fs/promises';

export interface StoreFileHandle {
  write(buffer: Uint8Array): Promise<{ readonly bytesWritten: number }>;
  writeFile(data: string | Uint8Array): Promise<void>;
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ readonly bytesRead: number }>;
  sync(): Promise<void>;
  truncate(length: number): Promise<void>;
  stat(): Promise<{ readonly size: number }>;
  close(): Promise<void>;
}

export interface StoreStats {
  readonly size: number;
  readonly mtimeMs: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

export interface StoreIo {
  /** `flags` as for `fs.open`: 'r', 'a', 'wx'… */
  open(file: string, flags: string): Promise<StoreFileHandle>;
  readFile(file: string): Promise<Uint8Array>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options?: { readonly recursive?: boolean; readonly force?: boolean }): Promise<void>;
  readdir(folder: string): Promise<string[]>;
  mkdir(folder: string): Promise<void>;
  lstat(file: string): Promise<StoreStats>;
  /** A hard link; backups share unchanged review shards with the backup before them. */
  link(existing: string, created: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
}

export const nodeIo: StoreIo = {
  open: (file, flags) => fs.open(file, flags),
  readFile: (file) => fs.readFile(file),
  rename: (from, to) => fs.rename(from, to),
  rm: (file, options) => fs.rm(file, options),
  readdir: (folder) => fs.readdir(folder),
  mkdir: async (folder) => {
    await fs.mkdir(folder, { recursive: true });
  },
  lstat: (file) => fs.lstat(file),
  link: (existing, created) => fs.link(existing, created),
  // Copy-on-write clone where the file system can (btrfs, XFS, APFS), a plain copy elsewhere.
  copyFile: (from, to) => fs.copyFile(from, to, fs.constants.COPYFILE_FICLONE | fs.constants.COPYFILE_EXCL),
};

export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

export async function pathExists(io: StoreIo, file: string): Promise<boolean> {
  try {
    await io.lstat(file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}
