import { describe, expect, it } from 'vitest';
import type { MemoryBand } from '../../../src-main/contract';
import { BAND_ORDER, sentencesOf, shadeSentence, shadeSentences, type ShadeFact } from '../../../src-renderer/screens/reader/shade-spans';
// Offsets: "Sheinbaum" 0–9, "40" 15–17, "people" 18, first sentence ends 30; "12" 36–38.
const TEXT = 'Sheinbaum said 40 people came. Then 12 left, and Ana stayed.';
const first = { index: 0, span: { start: 0, end: 30 }, text: TEXT.slice(0, 30) };
const second = { index: 1, span: { start: 31, end: TEXT.length }, text: TEXT.slice(31) };

const fact = (factId: string, start: number, end: number, band: MemoryBand): ShadeFact => ({ factId, band, answerSpan: { start, end } });
const texts = (pieces: ReturnType<typeof shadeSentence>) => pieces.map((piece) => [piece.text, piece.factId]);

describe('shadeSentence', () => {
  it('cuts a sentence at its facts, keeping every character once and offsets into the sentence', () => {
    const pieces = shadeSentence(first, [fact('who', 0, 9, 'strong'), fact('count', 15, 17, 'fading')]);
    expect(texts(pieces)).toEqual([['Sheinbaum', 'who'], [' said ', null], ['40', 'count'], [' people came.', null]]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(first.text);
    for (const piece of pieces) expect(first.text.slice(piece.start, piece.end)).toBe(piece.text);
    expect(pieces[2]).toMatchObject({ band: 'fading', factIds: ['count'] });
  });

  it('gives a sentence without facts as one plain piece', () => {
    expect(shadeSentence(first, [])).toEqual([{ start: 0, end: 30, text: first.text, factId: null, band: null, factIds: [] }]);
    expect(shadeSentence(first, [fact('elsewhere', 40, 45, 'good')])).toHaveLength(1);
  });

  it('clips a fact running across a sentence boundary to each sentence', () => {
    const across = fact('across', 18, 38, 'shaky'); // "people came. Then 12"
    expect(texts(shadeSentence(first, [across]))).toEqual([['Sheinbaum said 40 ', null], ['people came.', 'across']]);
    expect(texts(shadeSentence(second, [across]))).toEqual([['Then 12', 'across'], [' left, and Ana stayed.', null]]);
  });

  it('shows the weakest band where facts overlap, the other fact staying listed', () => {
    // An event fact over the whole clause, a number fact inside it.
    const event = fact('event', 15, 29, 'strong');
    const count = fact('count', 15, 17, 'fading');
    const pieces = shadeSentence(first, [event, count]);
    expect(texts(pieces)).toEqual([['Sheinbaum said ', null], ['40', 'count'], [' people came', 'event'], ['.', null]]);
    expect(pieces[1]?.factIds).toEqual(['count', 'event']);
    // The other way round: the strong number inside a fading event is covered by the event.
    const flipped = shadeSentence(first, [fact('event', 15, 29, 'fading'), fact('count', 15, 17, 'strong')]);
    expect(texts(flipped)).toEqual([['Sheinbaum said ', null], ['40 people came', 'event'], ['.', null]]);
    expect(flipped[1]?.factIds).toEqual(['event', 'count']);
  });

  it('lets a studied band win over not studied yet and suspended, whatever its strength', () => {
    const pieces = shadeSentence(first, [fact('new', 10, 29, 'new'), fact('strong', 15, 17, 'strong'), fact('off', 15, 22, 'suspended')]);
    expect(texts(pieces)).toEqual([['Sheinbaum ', null], ['said ', 'new'], ['40', 'strong'], [' people came', 'new'], ['.', null]]);
  });

  it('breaks a tie between equal bands by the narrower span, then the id, the same every time', () => {
    const wide = fact('b-wide', 10, 29, 'good');
    const narrow = fact('a-narrow', 15, 17, 'good');
    expect(shadeSentence(first, [wide, narrow])[2]).toMatchObject({ text: '40', factId: 'a-narrow' });
    const twins = [fact('z', 15, 17, 'good'), fact('a', 15, 17, 'good')];
    expect(shadeSentence(first, twins)[1]).toMatchObject({ factId: 'a', factIds: ['a', 'z'] });
    expect(shadeSentence(first, [...twins].reverse())).toEqual(shadeSentence(first, twins));
  });

  it('ignores empty and inverted spans', () => {
    expect(texts(shadeSentence(first, [fact('empty', 5, 5, 'good'), fact('inverted', 9, 3, 'good')]))).toEqual([[first.text, null]]);
  });
});

describe('shadeSentences', () => {
  it('maps facts onto every sentence they touch and leaves untouched sentences out', () => {
    const third = { index: 2, span: { start: 100, end: 120 }, text: 'x'.repeat(20) };
    const map = shadeSentences([first, second, third], [fact('count', 36, 38, 'good'), fact('across', 18, 38, 'shaky')]);
    expect([...map.keys()]).toEqual([0, 1]);
    // The shaky fact covers the good one inside it, so the sentence opens with one piece naming both.
    expect(texts(map.get(1) ?? [])).toEqual([['Then 12', 'across'], [' left, and Ana stayed.', null]]);
    expect(map.get(1)?.[0]).toMatchObject({ band: 'shaky', factIds: ['across', 'count'] });
    expect(texts(map.get(0) ?? [])).toEqual([['Sheinbaum said 40 ', null], ['people came.', 'across']]);
  });

  it('finds every sentence of an article in reading order', () => {
    const article = { sections: [{ paragraphs: [{ sentences: [first] }] }, { paragraphs: [{ sentences: [second] }, { sentences: [] }] }] };
    expect(sentencesOf(article as never).map((sentence) => sentence.index)).toEqual([0, 1]);
  });
});

describe('BAND_ORDER', () => {
  it('matches the main process’s order, weakest studied band first', () => {
    expect(BAND_ORDER).toEqual(['fading', 'shaky', 'good', 'strong', 'new', 'suspended']);
  });
});
