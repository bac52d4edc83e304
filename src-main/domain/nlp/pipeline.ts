/**
 * The one wink pipeline (full English lite model: sentences, entities, tags, lemmas), built on
 * first use — building it takes ~0.6 s on the busy 2-core dev machine, and importers that only
 * need types or word counts never parse anything.
 *
 * The article loader parses each paragraph for its sentence boundaries; the deck analysis needs
 * the same parse of the same paragraph for its tags. The loader keeps each parse (`keepDoc`) and
 * hands the article's parses to the article object it returns (`handDocsTo`); the analysis takes
 * each one once (`takeDoc`). wink's parse is deterministic, so a taken doc is exactly what a fresh
 * parse would give; on a miss (a copied article, a second deck) the reader just parses. Held by
 * the article object (a WeakMap), the parses go when the article goes.
 */
import winkNLP from 'wink-nlp';
import type { Document, WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: WinkMethods | null = null;

export function pipeline(): WinkMethods {
  instance ??= winkNLP(model);
  return instance;
}

/** Parses kept since the last hand-over, bounded in case no article ever claims them. */
const PENDING_CHARS_LIMIT = 2_000_000;
let pending: Array<[string, Document]> = [];
let pendingChars = 0;
const byOwner = new WeakMap<object, Map<string, Document[]>>();

export function keepDoc(text: string, doc: Document): void {
  pending.push([text, doc]);
  pendingChars += text.length;
  while (pendingChars > PENDING_CHARS_LIMIT && pending.length > 0) pendingChars -= (pending.shift() as [string, Document])[0].length;
}

/** Forgets parses kept so far (a new article starts). */
export function dropKeptDocs(): void {
  pending = [];
  pendingChars = 0;
}

/** Gives the parses kept since the last hand-over to `owner`, one queue per paragraph text. */
export function handDocsTo(owner: object): void {
  const docs = new Map<string, Document[]>();
  for (const [text, doc] of pending) docs.set(text, [...(docs.get(text) ?? []), doc]);
  byOwner.set(owner, docs);
  dropKeptDocs();
}

export function takeDoc(owner: object, text: string): Document | undefined {
  return byOwner.get(owner)?.get(text)?.shift();
}
