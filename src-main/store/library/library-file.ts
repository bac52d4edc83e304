/**
 * `library.json`: the articles the learner imported. Each one's text is its own file,
 * `articles/<id>.txt`, written once and never changed (an id names one text); this index holds
 * what the Library shows and how to find the text. A deleted article keeps its entry and file
 * with `deletedAt` set, so the delete can be undone.
 */
import * as v from 'valibot';

export const LIBRARY_FILE = 'library.json';
export const ARTICLES_FOLDER = 'articles';
/** An imported article's text file, relative to the data folder (ids always start with `mine-`). */
export const ARTICLE_FILE = /^articles\/mine-[a-z0-9-]{1,123}\.txt$/;

export type ImportedFormat = 'txt' | 'md' | 'html' | 'paste';

export interface LibraryEntry {
  readonly id: string;
  readonly title: string;
  /** Where it came from, as the learner would say it: a file name, a site's name; `null` for pasted text. */
  readonly source: string | null;
  readonly format: ImportedFormat;
  /** SHA-256 (hex) of the text's duplicate key: the same words imported twice are caught. */
  readonly contentHash: string;
  /** Characters of text in the article's file. */
  readonly chars: number;
  /** Epoch milliseconds. */
  readonly addedAt: number;
  /** When the learner deleted it (it can still be brought back); `null` while it is in the Library. */
  readonly deletedAt: number | null;
}

export interface LibraryFile {
  readonly schemaVersion: 1;
  /** In the order they were added. */
  readonly articles: readonly LibraryEntry[];
}

export function articleFileOf(id: string): string {
  return `${ARTICLES_FOLDER}/${id}.txt`;
}

const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

const LibraryEntrySchema = v.object({
  id: v.pipe(v.string(), v.check((id) => ARTICLE_FILE.test(articleFileOf(id)), 'an imported article id')),
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(400)),
  source: v.nullable(v.pipe(v.string(), v.maxLength(400))),
  format: v.picklist(['txt', 'md', 'html', 'paste']),
  contentHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  chars: count,
  addedAt: count,
  deletedAt: v.nullable(count),
});

export const LibraryFileSchema: v.GenericSchema<unknown, LibraryFile> = v.pipe(
  v.object({ schemaVersion: v.literal(1), articles: v.array(LibraryEntrySchema) }),
  v.check((file) => new Set(file.articles.map((entry) => entry.id)).size === file.articles.length, 'each id once'),
);

export function defaultLibrary(): LibraryFile {
  return { schemaVersion: 1, articles: [] };
}
