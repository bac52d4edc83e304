import { describe, expect, it } from 'vitest';
import { paragraphAtTop, scrollTopFor, scrollTopForSentence, type ParagraphBox } from '../../../src-renderer/screens/reader/reading-position';

// Three paragraphs of 100 px with 20 px gaps, starting 200 px down the document.
const boxes: ParagraphBox[] = [
  { index: 0, top: 200, bottom: 300 },
  { index: 1, top: 320, bottom: 420 },
  { index: 2, top: 440, bottom: 540 },
];

describe('paragraphAtTop', () => {
  it('is the first paragraph when the page is at the top', () => {
    expect(paragraphAtTop(boxes, 0)).toBe(0);
  });

  it('is the paragraph cut by the top line', () => {
    expect(paragraphAtTop(boxes, 250)).toBe(0);
    expect(paragraphAtTop(boxes, 350)).toBe(1);
  });

  it('is the next paragraph when the top line falls in a gap or on a bottom edge', () => {
    expect(paragraphAtTop(boxes, 305)).toBe(1);
    expect(paragraphAtTop(boxes, 300)).toBe(1);
    expect(paragraphAtTop(boxes, 299.5)).toBe(1); // half a pixel left is scrolled past
  });

  it('measures from under the sticky header', () => {
    expect(paragraphAtTop(boxes, 250, 60)).toBe(1);
  });

  it('is the last paragraph past the end, and null without paragraphs', () => {
    expect(paragraphAtTop(boxes, 5000)).toBe(2);
    expect(paragraphAtTop([], 0)).toBeNull();
  });

  it('round-trips: scrolling to a paragraph puts that paragraph at the top', () => {
    for (const box of boxes) {
      expect(paragraphAtTop(boxes, scrollTopFor(box, 60), 60)).toBe(box.index);
    }
  });
});

describe('scrollTopFor', () => {
  it('puts the paragraph top under the header, never above the page', () => {
    expect(scrollTopFor({ index: 1, top: 320, bottom: 420 }, 60)).toBe(260);
    expect(scrollTopFor({ index: 0, top: 20, bottom: 80 }, 60)).toBe(0);
  });

  it('brings a paragraph that opens a section back with its heading, still read as that paragraph', () => {
    const withHeading: ParagraphBox[] = [boxes[0]!, { index: 1, top: 380, bottom: 480, leadTop: 330 }];
    const scrollTop = scrollTopFor(withHeading[1]!, 60);
    expect(scrollTop).toBe(270);
    expect(paragraphAtTop(withHeading, scrollTop, 60)).toBe(1);
  });

  it('rounds to whole pixels', () => {
    expect(scrollTopFor({ index: 0, top: 320.6, bottom: 400 }, 0)).toBe(321);
  });
});

describe('scrollTopForSentence', () => {
  it('puts a sentence a quarter of the visible height below the reading line', () => {
    // Window 800 high, reading line at 70: 730 visible, the sentence lands 182.5 px below the line.
    expect(scrollTopForSentence(3000, 70, 800)).toBe(Math.round(3000 - 70 - 182.5));
  });

  it('never scrolls above the top of the page', () => {
    expect(scrollTopForSentence(120, 70, 800)).toBe(0);
  });
});
