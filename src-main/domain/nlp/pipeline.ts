/**
 * The one wink pipeline (full English lite model: sentences, entities, tags, lemmas), built on
 * first use — building it takes ~0.6 s on the busy 2-core dev machine, and importers that only
 * need types or word counts never parse anything.
 *
 * The article loader parses each paragraph for its sentence boundaries; the deck analysis needs
 * the same parse of the same paragraph for its tags. `keepDoc` hands a parse on and `takeDoc`
 * takes it, one parse per paragraph occurrence (a repeated paragraph is parsed again). wink's
 * parse is deterministic, so a taken doc is exactly what a fresh parse would give: on a miss
 * (another caller, or an evicted doc) the reader just parses.
 */
import winkNLP from 'wink-nlp';
import type { Document, WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: WinkMethods | null = null;

export function pipeline(): WinkMethods {
  instance ??= winkNLP(model);
  return instance;
}

/** Bound on the text held in kept docs; the oldest go first (about one 250k-word article). */
const KEPT_CHARS_LIMIT = 1_500_000;
const kept = new Map<string, Document[]>();
let keptChars = 0;

export function keepDoc(text: string, doc: Document): void {
  const queue = kept.get(text);
  if (queue === undefined) kept.set(text, [doc]);
  else queue.push(doc);
  keptChars += text.length;
  for (const [oldest, docs] of kept) {
    if (keptChars <= KEPT_CHARS_LIMIT) break;
    kept.delete(oldest);
    keptChars -= oldest.length * docs.length;
  }
}

export function takeDoc(text: string): Document | undefined {
  const queue = kept.get(text);
  const doc = queue?.shift();
  if (doc === undefined) return undefined;
  keptChars -= text.length;
  if (queue?.length === 0) kept.delete(text);
  return doc;
}
