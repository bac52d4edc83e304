import { describe, expect, it } from 'vitest';
import { containsPhrase, jaccard, normalizeAnswer, sameAnswer } from '../../../src-main/domain/questions/text/normalize';

describe('answer normalisation', () => {
  it('ignores case, quote style, punctuation and a leading article', () => {
    expect(normalizeAnswer('The Gulf Cartel')).toBe('gulf cartel');
    expect(sameAnswer('“hugs not bullets”', 'hugs, not bullets')).toBe(true);
    expect(sameAnswer('25-percent', '25 percent')).toBe(true);
    expect(sameAnswer('Mexico’s territorial integrity', "Mexico's territorial integrity")).toBe(true);
    expect(sameAnswer('eight', 'seven')).toBe(false);
  });

  it('finds whole words only', () => {
    expect(containsPhrase('students on the campus', 'us')).toBe(false);
    expect(containsPhrase('joined the US in labeling', 'US')).toBe(true);
    expect(containsPhrase('Who is Marco Rubio?', 'marco rubio')).toBe(true);
  });

  it('measures token overlap', () => {
    expect(jaccard('a b c d', 'a b c d')).toBe(1);
    expect(jaccard('a b', 'c d')).toBe(0);
  });
});
