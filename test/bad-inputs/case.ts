/** One bad input: how to put it on disk, and (when it is text) the exact string it stands for. */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixturesDir = fileURLToPath(new URL('../fixtures/bad-inputs/', import.meta.url));

export interface BadInput {
  /** Lowercase and hyphens: it doubles as the article id in a content folder. */
  readonly name: string;
  /** The file name it is written under; the CLI reads `.md` as Markdown. */
  readonly file: string;
  /** Writes the case at `target`: a file, a folder, a link, or nothing (a missing file). */
  readonly write: (target: string) => Promise<void>;
  /** The string itself for text cases, lone surrogates and all (a file can only hold UTF-8). */
  readonly text?: () => string;
  /** False when no article can come out of it (missing, a folder, unreadable). */
  readonly readable: boolean;
  /** Also run through the spawned deck CLI (a representative subset, to bound CI time). */
  readonly cli: boolean;
  /** The one right CLI answer when there is one (refusals), else either 0 or 2 is fine. */
  readonly cliExit?: 0 | 2;
}

interface Options {
  readonly file?: string;
  readonly cli?: boolean;
  readonly cliExit?: 0 | 2;
}

const fileName = (name: string, options: Options): string => options.file ?? `${name}.txt`;

export function textCase(name: string, make: () => string, options: Options = {}): BadInput {
  return { name, file: fileName(name, options), text: make, write: (target) => writeFile(target, make(), 'utf8'), readable: true, cli: options.cli ?? false, cliExit: options.cliExit };
}

export function bytesCase(name: string, make: () => Uint8Array, options: Options = {}): BadInput {
  return { name, file: fileName(name, options), write: (target) => writeFile(target, make()), readable: true, cli: options.cli ?? false, cliExit: options.cliExit };
}

/** Content written by its own writer (big files), read back from disk by whoever needs it. */
export function fileCase(name: string, write: (target: string) => Promise<void>, options: Options & { readonly readable?: boolean } = {}): BadInput {
  return { name, file: fileName(name, options), write, readable: options.readable ?? true, cli: options.cli ?? false, cliExit: options.cliExit };
}

/** A committed hand-written sample from test/fixtures/bad-inputs/. */
export function fixtureCase(file: string, options: Options = {}): BadInput {
  const name = path.basename(file, path.extname(file));
  return textCase(name, () => readFileSync(path.join(fixturesDir, file), 'utf8'), { ...options, file });
}
