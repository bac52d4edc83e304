/**
 * A file system that fails on demand, for the fault tests. The tests run as root, and root
 * writes through chmod, so a read-only folder or a full disk is simulated here instead: while
 * `failWith` is set, every call that would write answers that error. Reads keep working.
 * `partialWrites` makes a failing write put half its bytes on disk first, as a full disk does.
 */
import { nodeIo, type StoreFileHandle, type StoreIo } from '../../src-main/store';

export interface FaultyIo extends StoreIo {
  failWith: 'ENOSPC' | 'EROFS' | 'EACCES' | 'EIO' | null;
  /** Narrows the failure to some calls: `(operation, file) => boolean`; all calls when `null`. */
  failOn: ((operation: string, file: string) => boolean) | null;
  partialWrites: boolean;
  /** How many calls failed so far. */
  failures: number;
}

export function faultyIo(base: StoreIo = nodeIo): FaultyIo {
  const io: FaultyIo = {
    failWith: null,
    failOn: null,
    partialWrites: false,
    failures: 0,
    ...base,
    async open(file, flags) {
      if (flags !== 'r') check('open', file);
      return wrap(await base.open(file, flags), file);
    },
    async rename(from, to) {
      check('rename', to);
      return base.rename(from, to);
    },
    async rm(file, options) {
      // Deleting frees space on a full disk; a read-only disk refuses it.
      if (io.failWith !== 'ENOSPC') check('rm', file);
      return base.rm(file, options);
    },
    async mkdir(folder) {
      check('mkdir', folder);
      return base.mkdir(folder);
    },
    async link(existing, created) {
      check('link', created);
      return base.link(existing, created);
    },
    async copyFile(from, to) {
      check('copyFile', to);
      return base.copyFile(from, to);
    },
  };

  function check(operation: string, file: string): void {
    if (io.failWith === null || (io.failOn !== null && !io.failOn(operation, file))) return;
    io.failures++;
    throw Object.assign(new Error(`${io.failWith}: simulated failure`), { code: io.failWith });
  }

  function wrap(handle: StoreFileHandle, file: string): StoreFileHandle {
    return {
      read: (buffer, offset, length, position) => handle.read(buffer, offset, length, position),
      stat: () => handle.stat(),
      close: () => handle.close(),
      async write(buffer) {
        if (io.failWith !== null && io.partialWrites) await handle.write(buffer.subarray(0, Math.floor(buffer.length / 2)));
        check('write', file);
        return handle.write(buffer);
      },
      async writeFile(data) {
        check('write', file);
        return handle.writeFile(data);
      },
      async sync() {
        check('sync', file);
        return handle.sync();
      },
      async truncate(length) {
        if (io.failWith !== 'ENOSPC') check('truncate', file); // shrinking a file works on a full disk
        return handle.truncate(length);
      },
    };
  }

  return io;
}
