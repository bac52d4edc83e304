/** Command-line arguments of the deck CLI. */

export type OutputFormat = 'json' | 'tsv';

export const USAGE = 'usage: npm run --silent deck -- <file.txt|file.md> [--json | --tsv]';

export type Args = { readonly ok: true; readonly file: string; readonly format: OutputFormat } | { readonly ok: false; readonly message: string };

export function parseArgs(argv: readonly string[]): Args {
  let file: string | null = null;
  let format: OutputFormat | null = null;
  for (const arg of argv) {
    if (arg === '--json' || arg === '--tsv') {
      const wanted = arg === '--json' ? 'json' : 'tsv';
      if (format !== null && format !== wanted) return { ok: false, message: USAGE };
      format = wanted;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { ok: false, message: `unknown option ${arg}; ${USAGE}` };
    } else if (file === null) {
      file = arg;
    } else {
      return { ok: false, message: USAGE };
    }
  }
  return file === null ? { ok: false, message: USAGE } : { ok: true, file, format: format ?? 'json' };
}
