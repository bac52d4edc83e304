/** Where Factdeck keeps its data: `FACTDECK_DATA_DIR` when it is a usable absolute path, else userData. */
import path from 'node:path';

export interface DataDirChoice {
  readonly dataDir: string;
  readonly source: 'env' | 'userData';
  /** Why FACTDECK_DATA_DIR was set but not used, for the log. */
  readonly ignored: string | null;
}

export function resolveDataDir(
  env: Readonly<Record<string, string | undefined>>,
  userDataPath: string,
  pathApi: path.PlatformPath = path,
): DataDirChoice {
  const fallback = (ignored: string | null): DataDirChoice => ({ dataDir: userDataPath, source: 'userData', ignored });
  const raw = env.FACTDECK_DATA_DIR;
  if (raw === undefined || raw.trim() === '') return fallback(null);
  if (raw.includes('\0')) return fallback('FACTDECK_DATA_DIR contains a NUL character');
  if (!pathApi.isAbsolute(raw)) return fallback(`FACTDECK_DATA_DIR must be an absolute path, got "${raw}"`);
  return { dataDir: pathApi.resolve(raw), source: 'env', ignored: null };
}
