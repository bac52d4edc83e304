/**
 * Where each fact's shading falls in the Reader. Facts give their answer as a span of
 * `Article.text`; the Reader draws each sentence as its own element, so every sentence is cut
 * into pieces: plain text, or text covered by one or more facts. A fact reaching past its
 * sentence is clipped to each sentence it touches; where facts overlap, the weakest band shows
 * (see BAND_ORDER) and the others stay reachable from the fact panel.
 */
import type { MemoryBand, Sentence, Span } from '../../../src-main/contract';

export interface ShadeFact {
  readonly factId: string;
  readonly band: MemoryBand;
  readonly answerSpan: Span;
}

export interface SentencePiece {
  /** Offsets inside the sentence's text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The fact whose band this piece shows; `null` for plain text. */
  readonly factId: string | null;
  readonly band: MemoryBand | null;
  /** Every fact covering the piece, the shown one first. */
  readonly factIds: readonly string[];
}

/**
 * Bands from the one most in need of attention to the least, as the main process orders them: a
 * studied band wins over "not studied yet" and "suspended", and among studied bands the weakest.
 */
export const BAND_ORDER: readonly MemoryBand[] = ['fading', 'shaky', 'good', 'strong', 'new', 'suspended'];

const rank = (band: MemoryBand): number => BAND_ORDER.indexOf(band);

/** Covering facts in the order they claim a piece: weakest band, then the narrower span, then id. */
function claimOrder(a: ShadeFact, b: ShadeFact): number {
  const width = (fact: ShadeFact) => fact.answerSpan.end - fact.answerSpan.start;
  return rank(a.band) - rank(b.band) || width(a) - width(b) || (a.factId < b.factId ? -1 : a.factId > b.factId ? 1 : 0);
}

/** One sentence cut into pieces; facts that do not touch it are ignored. */
export function shadeSentence(sentence: Pick<Sentence, 'span' | 'text'>, facts: readonly ShadeFact[]): SentencePiece[] {
  const base = sentence.span.start;
  const length = sentence.text.length;
  const clipped = facts
    .map((fact) => ({ fact, start: Math.max(0, fact.answerSpan.start - base), end: Math.min(length, fact.answerSpan.end - base) }))
    .filter(({ start, end }) => start < end);
  if (clipped.length === 0) return length === 0 ? [] : [{ start: 0, end: length, text: sentence.text, factId: null, band: null, factIds: [] }];

  const cuts = [...new Set([0, length, ...clipped.flatMap(({ start, end }) => [start, end])])].sort((a, b) => a - b);
  const pieces: SentencePiece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const covering = clipped.filter((entry) => entry.start <= start && entry.end >= end).map(({ fact }) => fact).sort(claimOrder);
    const shown = covering[0] ?? null;
    const previous = pieces.at(-1);
    if (previous !== undefined && previous.factId === (shown?.factId ?? null)) {
      // The same fact shows on both sides of a cut: one piece, listing every fact met along it.
      const factIds = [...previous.factIds, ...covering.map((fact) => fact.factId).filter((id) => !previous.factIds.includes(id))];
      pieces[pieces.length - 1] = { ...previous, end, text: sentence.text.slice(previous.start, end), factIds };
    } else {
      pieces.push({ start, end, text: sentence.text.slice(start, end), factId: shown?.factId ?? null, band: shown?.band ?? null, factIds: covering.map((fact) => fact.factId) });
    }
  }
  return pieces;
}

/** Pieces for every sentence a fact touches, by sentence index; untouched sentences are left out. */
export function shadeSentences(sentences: Iterable<Pick<Sentence, 'index' | 'span' | 'text'>>, facts: readonly ShadeFact[]): Map<number, SentencePiece[]> {
  const bySentence = new Map<number, SentencePiece[]>();
  const ordered = [...facts].sort((a, b) => a.answerSpan.start - b.answerSpan.start);
  for (const sentence of sentences) {
    const touching = ordered.filter((fact) => fact.answerSpan.start < sentence.span.end && fact.answerSpan.end > sentence.span.start);
    if (touching.length > 0) bySentence.set(sentence.index, shadeSentence(sentence, touching));
  }
  return bySentence;
}

/** Every sentence of an article, in reading order. */
export function sentencesOf(article: { readonly sections: readonly { readonly paragraphs: readonly { readonly sentences: readonly Sentence[] }[] }[] }): Sentence[] {
  return article.sections.flatMap((section) => section.paragraphs.flatMap((paragraph) => paragraph.sentences));
}

/** What the Reader's paragraphs need to draw shading, the selected fact and a highlighted sentence. */
export interface ReaderMarks {
  /** `null` while the shading is hidden or not loaded. */
  readonly pieces: ReadonlyMap<number, readonly SentencePiece[]> | null;
  readonly selectedId: string | null;
  /** The sentence "show in article" brought into view, highlighted for a moment. */
  readonly flash: number | null;
  readonly onfact: (piece: SentencePiece) => void;
}
