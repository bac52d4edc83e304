/**
 * Importing the learner's own articles, and deleting them undoably.
 *
 * Where extraction runs: in the sandboxed renderer. HTML is parsed by Chromium's own parser
 * (`DOMParser`, an inert document: no script runs, nothing loads), reduced to the article by
 * @mozilla/readability, sanitized by DOMPurify and read as text; Markdown is read by markdown-it
 * with raw HTML off. Untrusted markup is therefore never parsed in this privileged process, which
 * also needs no DOM library. What arrives here is plain text, and it is not trusted either: it
 * is checked again (size, binary, garbage, length), normalised, parsed as an article, and only
 * ever shown as text (the Reader renders text nodes, never HTML).
 *
 * The text comes in chunks (`begin` → `append`… → `finish`), because IPC payloads are capped at
 * 64 KB; `cancel` (or a new import past the limit, or an hour of silence) discards what came.
 * Decks are not generated here: that happens when the article is first studied or its card asks.
 */
import { randomBytes } from 'node:crypto';
import type { ImportFormat, ImportOutcome } from '../../contract';
import { parseArticle } from '../../domain/article';
import { countWordsIn } from '../../domain/article/words';
import { cleanTitle, importedArticleId, IMPORTED_ID_PREFIX, MAX_IMPORT_CHARS, MIN_IMPORT_WORDS, normalizeImportedText, problemWithText } from '../../domain/library/imported-text';
import { ServiceError } from '../../service-error';
import type { AppStore, LibraryEntry } from '../../store';
import type { ContentLibrary } from '../content-library';
import { contentHashOf } from './content-hash';

/** Imports in flight at once; a learner imports one at a time, a few covers double clicks. */
const MAX_PENDING = 4;
/** An import that has not been continued for this long is dropped. */
const PENDING_TTL_MS = 60 * 60 * 1000;

export interface BeginImport {
  readonly title: string | null;
  readonly source: string | null;
  readonly format: ImportFormat;
  readonly totalChars: number;
}

interface Pending {
  readonly request: BeginImport;
  readonly chunks: string[];
  received: number;
  touchedAt: number;
}

export interface ImportService {
  begin(request: BeginImport): { importId: string };
  append(importId: string, index: number, text: string): { receivedChars: number };
  finish(importId: string): Promise<ImportOutcome>;
  cancel(importId: string): null;
  remove(articleId: string): Promise<null>;
  restore(articleId: string): Promise<null>;
}

export interface ImportServiceDeps {
  readonly store: AppStore;
  readonly library: ContentLibrary;
  readonly now: () => number;
  readonly log: (message: string) => void;
}

const GONE = 'This import was cancelled or has expired. Please import the article again.';

export function createImportService({ store, library, now, log }: ImportServiceDeps): ImportService {
  const pending = new Map<string, Pending>();

  function dropStale(): void {
    const at = now();
    for (const [id, item] of pending) if (at - item.touchedAt > PENDING_TTL_MS) pending.delete(id);
  }

  function pendingImport(importId: string): Pending {
    dropStale();
    const item = pending.get(importId);
    if (item === undefined) throw new ServiceError('not-found', GONE);
    item.touchedAt = now();
    return item;
  }

  function entryOf(id: string): LibraryEntry {
    const entry = id.startsWith(IMPORTED_ID_PREFIX) ? store.listLibraryEntries().find((candidate) => candidate.id === id) : undefined;
    if (entry === undefined) {
      const bundled = id.startsWith(IMPORTED_ID_PREFIX) ? '' : ' Articles that come with Factdeck cannot be deleted.';
      throw new ServiceError('not-found', `That article is not one you imported.${bundled}`);
    }
    return entry;
  }

  async function saving<T>(what: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (error instanceof ServiceError) throw error;
      log(`Could not ${what}: ${error instanceof Error ? error.message : String(error)}`);
      throw new ServiceError('storage-failed', `Factdeck could not ${what}. Check that your disk has free space, then try again.`);
    }
  }

  return {
    begin(request) {
      dropStale();
      if (pending.size >= MAX_PENDING) {
        const oldest = [...pending].sort((a, b) => a[1].touchedAt - b[1].touchedAt)[0];
        if (oldest !== undefined) pending.delete(oldest[0]);
      }
      const importId = `imp-${randomBytes(12).toString('hex')}`;
      pending.set(importId, { request, chunks: [], received: 0, touchedAt: now() });
      return { importId };
    },

    append(importId, index, text) {
      const item = pendingImport(importId);
      if (index !== item.chunks.length) {
        pending.delete(importId);
        throw new ServiceError('invalid-payload', 'Part of the article went missing on the way. Please import it again.');
      }
      if (item.received + text.length > Math.min(item.request.totalChars, MAX_IMPORT_CHARS)) {
        pending.delete(importId);
        throw new ServiceError('invalid-payload', 'The article was longer than announced. Please import it again.');
      }
      item.chunks.push(text);
      item.received += text.length;
      return { receivedChars: item.received };
    },

    async finish(importId) {
      const item = pendingImport(importId);
      pending.delete(importId);
      const { request } = item;
      if (item.received !== request.totalChars) throw new ServiceError('invalid-payload', 'Part of the article went missing on the way. Please import it again.');
      const raw = item.chunks.join('');
      const problem = problemWithText(raw);
      if (problem !== null) throw new ServiceError('invalid-payload', problem);
      const text = normalizeImportedText(raw);
      const article = parseArticle(text, { title: cleanTitle(request.title) ?? undefined, language: 'en', source: cleanTitle(request.source) });
      const words = article.sections.reduce((sum, section) => sum + section.paragraphs.reduce((n, p) => n + countWordsIn(text.slice(p.span.start, p.span.end)), 0), 0);
      if (words < MIN_IMPORT_WORDS) {
        throw new ServiceError('invalid-payload', `This is too short to study: after its title and page furniture, it has ${words} words of text (an article needs at least ${MIN_IMPORT_WORDS}).`);
      }
      const title = cleanTitle(article.title) ?? 'Untitled article';
      const contentHash = contentHashOf(text);
      const existing = await library.findByContentHash(contentHash);
      if (existing !== null && !existing.deleted) return { status: 'duplicate', articleId: existing.id, title: existing.title };
      if (existing !== null) {
        await saving('bring the article back', () => store.setArticleDeleted(existing.id, null));
        return { status: 'restored', articleId: existing.id, title: existing.title };
      }
      const entry: LibraryEntry = {
        id: importedArticleId(title, contentHash),
        title,
        source: cleanTitle(request.source),
        format: request.format,
        contentHash,
        chars: text.length,
        addedAt: now(),
        deletedAt: null,
      };
      await saving('save the imported article', () => store.addLibraryEntry(entry, text));
      return { status: 'imported', articleId: entry.id, title };
    },

    cancel(importId) {
      pending.delete(importId);
      return null;
    },

    async remove(articleId) {
      const entry = entryOf(articleId);
      if (entry.deletedAt === null) await saving('delete the article', () => store.setArticleDeleted(articleId, now()));
      return null;
    },

    async restore(articleId) {
      const entry = entryOf(articleId);
      if (entry.deletedAt !== null) await saving('bring the article back', () => store.setArticleDeleted(articleId, null));
      return null;
    },
  };
}
