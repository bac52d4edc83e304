import { describe, expect, it } from 'vitest';
import { selectionInSentence } from '../../../src-renderer/screens/reader/selection-card';

const SENTENCE = 'The Radium Institute in Paris employed 120 researchers in 1930.';

describe('selectionInSentence', () => {
  it('gives the selected words as offsets in the sentence, without the spaces around them', () => {
    const before = SENTENCE.indexOf(' Radium');
    expect(selectionInSentence(4, SENTENCE, before, ' Radium Institute ')).toEqual({ sentenceIndex: 4, start: before + 1, end: before + 1 + 'Radium Institute'.length, text: 'Radium Institute' });
  });

  it('refuses a selection that does not match the sentence, or holds only spaces', () => {
    expect(selectionInSentence(0, SENTENCE, 4, 'Radium Institute in London')).toBeNull();
    expect(selectionInSentence(0, SENTENCE, 3, ' ')).toBeNull();
    expect(selectionInSentence(0, SENTENCE, SENTENCE.length - 2, '0.x')).toBeNull();
    expect(selectionInSentence(0, SENTENCE, -1, 'The')).toBeNull();
  });
});
