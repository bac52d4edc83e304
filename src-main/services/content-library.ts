/**
 * The articles the learner can read: the bundled ones first (`articles.json` lists them,
 * read-only), then the learner's own imports (`library.json` in the data folder), newest first.
 * Each text is read and parsed on first use and kept (an imported id names one text forever). An
 * entry that is malformed, or whose text cannot be read or parsed, is left out with a logged
 * reason, so one bad article never hides the others. Deleted imports are not listed nor opened.
 */
import * as fs from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import { payloadSchemas, type ArticleDocument, type ArticleSummary } from '../contract';
import { countWords, parseArticle } from '../domain/article';
import { IMPORTED_ID_PREFIX } from '../domain/library/imported-text';
import type { LibraryEntry } from '../store';
import { contentHashOf } from './library/content-hash';
import { ServiceError } from '../service-error';

export interface ContentLibrary {
  /** Every readable article, in the order of `articles.json`. */
  list(): Promise<ArticleSummary[]>;
  /** Throws ServiceError('not-found') for an id that is not (or no longer) in the library. */
  get(id: string): Promise<ArticleDocument>;
  has(id: string): Promise<boolean>;
  /** The article (bundled or imported, deleted ones included) whose text has this content hash. */
  findByContentHash(contentHash: string): Promise<{ readonly id: string; readonly title: string; readonly deleted: boolean } | null>;
}

/** Where the learner's imported articles are kept (the store). */
export interface ImportedShelf {
  listLibraryEntries(): readonly LibraryEntry[];
  readArticleText(id: string): Promise<string>;
}

export interface ContentLibraryOptions {
  /** Where skipped entries are reported; defaults to `console.warn`. */
  readonly log?: (message: string) => void;
}

export interface ContentLibrarySources extends ContentLibraryOptions {
  /** The learner's imported articles; none when absent (tools, tests of the bundled set). */
  readonly imported?: ImportedShelf;
}

/** The ids the contract accepts, so every listed article can be opened. */
const ArticleIdSchema = payloadSchemas.openArticle.entries.articleId;

const EntrySchema = v.object({
  id: v.pipe(ArticleIdSchema, v.check((id) => !id.startsWith(IMPORTED_ID_PREFIX), `an id that does not start with "${IMPORTED_ID_PREFIX}" (kept for imported articles)`)),
  file: v.pipe(v.string(), v.check(isPlainRelativePath, 'a file inside the content folder')),
  title: v.pipe(v.string(), v.trim(), v.minLength(1, 'a title')),
  language: v.optional(v.pipe(v.string(), v.minLength(2, 'a language tag')), 'en'),
  source: v.optional(v.nullable(v.string()), null),
});
type Entry = v.InferOutput<typeof EntrySchema>;

interface LoadedArticle {
  readonly document: ArticleDocument;
  readonly summary: ArticleSummary;
  readonly contentHash: string;
}

const NOT_FOUND = 'That article is not in your library.';

export function createContentLibrary(contentDir: string, options: ContentLibrarySources = {}): ContentLibrary {
  const log = options.log ?? ((message: string) => console.warn(message));
  const imported = options.imported;
  let index: Promise<ReadonlyMap<string, Entry>> | undefined;
  const loaded = new Map<string, Promise<LoadedArticle | null>>();

  function entries(): Promise<ReadonlyMap<string, Entry>> {
    index ??= readIndex(contentDir, log).catch((error: unknown) => {
      index = undefined; // let a later call try again
      throw error;
    });
    return index;
  }

  function load(entry: Entry): Promise<LoadedArticle | null> {
    let article = loaded.get(entry.id);
    if (article === undefined) {
      article = loadArticle(contentDir, entry, log);
      loaded.set(entry.id, article);
    }
    return article;
  }

  function loadImported(entry: LibraryEntry): Promise<LoadedArticle | null> {
    let article = loaded.get(entry.id);
    if (article === undefined && imported !== undefined) {
      article = loadImportedArticle(imported, entry, log);
      loaded.set(entry.id, article);
      // A file that could not be read (yet) is tried again next time.
      void article.then((found) => found === null && loaded.get(entry.id) === article && loaded.delete(entry.id));
    }
    return article ?? Promise.resolve(null);
  }

  function importedEntries(): readonly LibraryEntry[] {
    return imported?.listLibraryEntries() ?? [];
  }

  async function find(id: string): Promise<LoadedArticle | null> {
    if (id.startsWith(IMPORTED_ID_PREFIX)) {
      const entry = importedEntries().find((candidate) => candidate.id === id && candidate.deletedAt === null);
      return entry === undefined ? null : loadImported(entry);
    }
    const entry = (await entries()).get(id);
    return entry === undefined ? null : load(entry);
  }

  return {
    async list() {
      const bundled = await Promise.all([...(await entries()).values()].map(load));
      const own = importedEntries()
        .filter((entry) => entry.deletedAt === null)
        .toReversed() // newest first; equal times keep the order they were added in, reversed
        .toSorted((a, b) => b.addedAt - a.addedAt);
      const mine = await Promise.all(own.map(loadImported));
      return [...bundled, ...mine].flatMap((article) => (article === null ? [] : [article.summary]));
    },
    async findByContentHash(contentHash) {
      const entry = importedEntries().find((candidate) => candidate.contentHash === contentHash);
      if (entry !== undefined) return { id: entry.id, title: entry.title, deleted: entry.deletedAt !== null };
      for (const article of await Promise.all([...(await entries()).values()].map(load))) {
        if (article?.contentHash === contentHash) return { id: article.document.id, title: article.document.title, deleted: false };
      }
      return null;
    },
    async get(id) {
      const article = await find(id);
      if (article === null) throw new ServiceError('not-found', NOT_FOUND);
      return article.document;
    },
    async has(id) {
      return (await find(id)) !== null;
    },
  };
}

async function readIndex(contentDir: string, log: (message: string) => void): Promise<ReadonlyMap<string, Entry>> {
  const indexPath = path.join(contentDir, 'articles.json');
  const raw: unknown = JSON.parse(await fs.readFile(indexPath, 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`${indexPath} must hold a JSON array of articles.`);
  const entries = new Map<string, Entry>();
  raw.forEach((item: unknown, position) => {
    const parsed = v.safeParse(EntrySchema, item);
    if (!parsed.success) {
      log(`Skipping entry ${position} of articles.json: ${v.summarize(parsed.issues).replaceAll('\n', '; ')}`);
    } else if (entries.has(parsed.output.id)) {
      log(`Skipping entry ${position} of articles.json: the id "${parsed.output.id}" is already used.`);
    } else {
      entries.set(parsed.output.id, parsed.output);
    }
  });
  return entries;
}

async function loadArticle(contentDir: string, entry: Entry, log: (message: string) => void): Promise<LoadedArticle | null> {
  try {
    const bytes = await fs.readFile(path.join(contentDir, entry.file));
    const text = new TextDecoder('utf-8').decode(bytes); // drops a byte-order mark
    const article = parseArticle(text, { title: entry.title, language: entry.language, source: entry.source });
    const document: ArticleDocument = { id: entry.id, ...article };
    const summary: ArticleSummary = {
      id: entry.id,
      title: article.title,
      source: article.source,
      wordCount: countWords(article),
      sectionCount: article.sections.length,
    };
    return { document, summary, contentHash: contentHashOf(text) };
  } catch (error) {
    log(`Skipping article "${entry.id}" (${entry.file}): ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

async function loadImportedArticle(shelf: ImportedShelf, entry: LibraryEntry, log: (message: string) => void): Promise<LoadedArticle | null> {
  try {
    const text = await shelf.readArticleText(entry.id);
    const article = parseArticle(text, { title: entry.title, language: 'en', source: entry.source });
    const document: ArticleDocument = { id: entry.id, ...article };
    const summary: ArticleSummary = {
      id: entry.id,
      title: article.title,
      source: article.source,
      wordCount: countWords(article),
      sectionCount: article.sections.length,
      imported: { format: entry.format, addedAt: entry.addedAt },
    };
    return { document, summary, contentHash: entry.contentHash };
  } catch (error) {
    log(`Skipping imported article "${entry.id}": ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

function isPlainRelativePath(file: string): boolean {
  if (file === '' || path.isAbsolute(file) || /^[a-zA-Z]:/.test(file)) return false;
  return file.split(/[\\/]/).every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
