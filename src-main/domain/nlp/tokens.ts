/**
 * Part-of-speech tagged tokens with exact offsets, from wink-nlp's English lite model
 * (measured best here for sentences, numbers and speed; see NOTES-toolchain.md).
 * wink reports tokens and spacing but not character offsets, so offsets are recovered by
 * walking the source text forward token by token.
 */
import { memo } from '../memo';
import { hideLongRuns } from './long-runs';
import { pipeline, takeDoc } from './pipeline';

export const nlp = pipeline();
const its = nlp.its;

export type TokenKind = 'word' | 'number' | 'punctuation' | 'symbol' | 'other';

export interface Token {
  /** Index in the analysed text's token list. */
  readonly index: number;
  readonly text: string;
  /** Universal POS tag (PROPN, NOUN, VERB, AUX, NUM, ADJ, ADP, DET, PUNCT, …). */
  readonly pos: string;
  readonly lemma: string;
  readonly kind: TokenKind;
  /** Offsets into the text given to `tokenize`, shifted by its `baseOffset`. */
  readonly start: number;
  readonly end: number;
  /** wink's entity type when the token is part of one (CARDINAL, DATE, PERCENT, ORDINAL, MONEY, …). */
  readonly entity: string | null;
}

function kindOf(winkType: string): TokenKind {
  if (winkType === 'word' || winkType === 'number' || winkType === 'punctuation' || winkType === 'symbol') return winkType;
  return 'other';
}

/** How far past the cursor a token may be found; keeps the offset walk linear (see sentences.ts). */
const TOKEN_SEARCH_WINDOW = 64;

function locate(text: string, value: string, cursor: number): number {
  const found = text.indexOf(value, cursor);
  return found >= 0 && found - cursor <= TOKEN_SEARCH_WINDOW ? found : -1;
}

/**
 * The question writers parse the same passage fragments again for every view of a fact (and the
 * gates parse prompts): a parse is deterministic, so one deck keeps each (see memo.ts). Callers
 * get their own copy of the list; tokens themselves are read-only.
 */
const parsed = memo<string, Token[]>(20_000);

export function tokenize(text: string, baseOffset = 0): Token[] {
  const key = `${baseOffset}\u241f${text}`;
  const known = parsed.get(key) ?? parsed.set(key, tokenizeInto(text, baseOffset, [{ start: baseOffset, end: baseOffset + text.length }])[0] ?? []);
  return [...known];
}

/**
 * One parse of `text`, its tokens split among `parts` (absolute spans in text order, e.g. the
 * sentences of a paragraph): a token goes to the part it lies in, indexed within that part.
 */
export function tokenizeInto(text: string, baseOffset: number, parts: ReadonlyArray<{ start: number; end: number }>, owner?: object): Token[][] {
  // Long runs are masked with same-length filler, so offsets into `masked` are offsets into `text`.
  const masked = hideLongRuns(text);
  // The article loader's parse of the same paragraph, when `owner` (the article) holds one (see pipeline.ts).
  const doc = (owner !== undefined ? takeDoc(owner, masked) : undefined) ?? nlp.readDoc(masked);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // wink's typings declare `its.lemma` with a different signature than the other getters.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const entityTypes = new Array<string | null>(values.length).fill(null);
  const entitySpans = doc.entities().out(its.span) as unknown as Array<[number, number]>;
  const entityDetails = doc.entities().out(its.detail) as unknown as Array<{ type: string }>;
  entitySpans.forEach(([first, last], entityIndex) => {
    for (let i = first; i <= last; i += 1) entityTypes[i] = entityDetails[entityIndex]?.type ?? null;
  });

  const out: Token[][] = parts.map(() => []);
  let part = 0;
  let cursor = 0;
  values.forEach((value, index) => {
    const found = locate(masked, value, cursor);
    // wink may normalise a token (rare); keep the cursor where it was and give it a zero-width span.
    const start = found >= 0 ? found : cursor;
    const end = found >= 0 ? found + value.length : cursor;
    cursor = end;
    while (part < parts.length && start + baseOffset >= (parts[part] as { end: number }).end && end > start) part += 1;
    const bucket = out[part];
    const span = parts[part];
    if (bucket === undefined || span === undefined || start + baseOffset < span.start || end + baseOffset > span.end) return;
    bucket.push({
      index: bucket.length,
      text: text.slice(start, end) || value,
      pos: tags[index] ?? 'X',
      lemma: lemmas[index] ?? value.toLowerCase(),
      kind: kindOf(types[index] ?? ''),
      start: start + baseOffset,
      end: end + baseOffset,
      entity: entityTypes[index] ?? null,
    });
  });
  return out;
}
