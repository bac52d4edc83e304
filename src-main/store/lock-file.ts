/**
 * One writer per data folder. Electron's single-instance lock stops a second copy of the same
 * app; `factdeck.lock` also stops a second build, a second profile or a tool pointed at the same
 * folder. It holds the owner's pid, host and start time and is created with `wx`, so exactly one
 * process creates it. A lock whose owner is gone (dead pid on this host, or written before the
 * last boot, which is how a reused pid shows) is taken over. Whoever does not get the lock opens
 * the folder read-only and is told why.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fsyncFolder } from './durable-fs';
import { errorCode, type StoreIo } from './io';

export const LOCK_FILE = 'factdeck.lock';

export interface LockOwner {
  readonly pid: number;
  readonly host: string;
  /** Epoch milliseconds. */
  readonly startedAt: number;
  readonly token: string;
}

export interface LockEnvironment {
  readonly pid: number;
  readonly host: string;
  readonly now: () => number;
  /** Epoch milliseconds when this machine booted. */
  readonly bootedAt: number;
  readonly isAlive: (pid: number) => boolean;
}

export type LockResult = { readonly held: true; release(): Promise<void> } | { readonly held: false; readonly reason: string };

/** Lock files held by this process, so a second store in the same process is refused too. */
const heldHere = new Set<string>();

export function defaultLockEnvironment(now: () => number): LockEnvironment {
  return { pid: process.pid, host: os.hostname(), now, bootedAt: Date.now() - os.uptime() * 1000, isAlive: processIsAlive };
}

export async function acquireLock(io: StoreIo, dataDir: string, env: LockEnvironment): Promise<LockResult> {
  const file = path.join(dataDir, LOCK_FILE);
  if (heldHere.has(file)) return refused('it is already open in this Factdeck');
  const owner: LockOwner = { pid: env.pid, host: env.host, startedAt: env.now(), token: randomBytes(8).toString('hex') };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await tryCreate(io, file, owner)) {
      heldHere.add(file);
      await removeLeftovers(io, dataDir);
      return { held: true, release: () => release(io, file, owner) };
    }
    const current = await readOwner(io, file);
    if (current !== null && !isStale(current, env)) {
      const when = new Date(current.startedAt).toISOString().replace('T', ' ').slice(0, 16);
      return refused(`another Factdeck (process ${current.pid} on ${current.host}, started ${when} UTC) is using it`);
    }
    // Stale or damaged: move it aside under a name of ours, then check that what moved is what
    // was judged stale; if another process had just taken the lock, give it back and step aside.
    const aside = `${file}.${owner.token}.stale`;
    try {
      await io.rename(file, aside);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') continue;
      throw error;
    }
    const moved = await readOwner(io, aside);
    if (moved !== null && moved.token !== current?.token) {
      await io.link(aside, file).catch(() => {});
      await io.rm(aside, { force: true });
      return refused('another Factdeck is starting with it');
    }
    await io.rm(aside, { force: true });
  }
  return refused('its lock file could not be taken');
}

function refused(why: string): LockResult {
  return {
    held: false,
    reason: `Factdeck opened your data read-only because ${why}. Nothing you do in this window will be saved; close the other Factdeck and restart this one to keep working.`,
  };
}

/**
 * Writes the owner to a temp file and hard-links it into place: the lock appears complete or not
 * at all (never empty after a crash). Where links are not supported (FAT drives), `wx` instead.
 */
async function tryCreate(io: StoreIo, file: string, owner: LockOwner): Promise<boolean> {
  const temp = `${file}.${owner.token}.tmp`;
  await writeOwner(io, temp, owner);
  try {
    await io.link(temp, file);
  } catch (error) {
    // ENOENT: the owner cleaned up our temp file as a leftover; it holds the lock.
    if (errorCode(error) === 'EEXIST' || errorCode(error) === 'ENOENT') return false;
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(errorCode(error) ?? '')) throw error;
    try {
      await writeOwner(io, file, owner);
    } catch (fallbackError) {
      if (errorCode(fallbackError) === 'EEXIST') return false;
      throw fallbackError;
    }
  } finally {
    await io.rm(temp, { force: true });
  }
  await fsyncFolder(path.dirname(file), io);
  return true;
}

/** Temp and set-aside lock files of attempts a crash interrupted. */
async function removeLeftovers(io: StoreIo, dataDir: string): Promise<void> {
  const names = await io.readdir(dataDir);
  const leftovers = names.filter((name) => name.startsWith(`${LOCK_FILE}.`) && /\.(tmp|stale)$/.test(name));
  await Promise.all(leftovers.map((name) => io.rm(path.join(dataDir, name), { force: true })));
}

async function writeOwner(io: StoreIo, file: string, owner: LockOwner): Promise<void> {
  const handle = await io.open(file, 'wx');
  try {
    await handle.writeFile(`${JSON.stringify(owner)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function readOwner(io: StoreIo, file: string): Promise<LockOwner | null> {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(await io.readFile(file)));
    const owner = value as Partial<LockOwner>;
    const valid = typeof owner.pid === 'number' && typeof owner.host === 'string' && typeof owner.startedAt === 'number' && typeof owner.token === 'string';
    return valid ? (owner as LockOwner) : null;
  } catch {
    return null; // empty (a crash between create and write), damaged or already gone
  }
}

function isStale(owner: LockOwner, env: LockEnvironment): boolean {
  // A pid on another machine (a shared folder) cannot be checked from here: assume it is alive.
  if (owner.host !== env.host) return false;
  if (owner.startedAt < env.bootedAt) return true;
  if (owner.pid === env.pid) return true; // not held here (checked above), so a previous life of this pid
  return !env.isAlive(owner.pid);
}

async function release(io: StoreIo, file: string, owner: LockOwner): Promise<void> {
  heldHere.delete(file);
  const current = await readOwner(io, file);
  if (current?.token === owner.token) await io.rm(file, { force: true });
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM'; // alive, owned by another user
  }
}
