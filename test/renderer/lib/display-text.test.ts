import { describe, expect, it } from 'vitest';
import { displayText } from '../../../src-renderer/lib/display-text';

describe('displayText', () => {
  it('keeps ordinary text, accents and emoji as they are', () => {
    for (const text of ['Michoacán', 'e\u0301te\u0301', 'naïve café', '👩‍👩‍👧 family', 'Ελληνικά']) expect(displayText(text)).toBe(text);
  });

  it('cuts a flood of combining marks to the stream-safe 30, keeping the base letter and what follows', () => {
    const flood = `Z${'\u0301'.repeat(65_536)} after`;
    const shown = displayText(flood);
    expect(shown).toBe(`Z${'\u0301'.repeat(30)} after`);
  });

  it('leaves a run of exactly 30 marks alone', () => {
    const text = `a${'\u0308'.repeat(30)}b`;
    expect(displayText(text)).toBe(text);
  });
});
