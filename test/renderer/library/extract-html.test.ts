// @vitest-environment jsdom
/**
 * HTML import: Readability keeps the article, DOMPurify strips everything but text, and the text
 * comes out in paragraphs. jsdom stands in for Chromium's DOMParser here; the e2e test runs the
 * same code in Chromium with the production CSP.
 */
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src-renderer/screens/library/extract-html';

/** The hand-written hostile samples, as text (Vite's raw import: the renderer project has no Node types). */
const samples: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob<string>('../../fixtures/bad-inputs/html-*.txt', { query: '?raw', import: 'default', eager: true })).map(([file, text]) => [
    file.split('/').pop() ?? file,
    text,
  ]),
);
const sample = (name: string): string => {
  const text = samples[name];
  if (text === undefined) throw new Error(`No sample ${name}`);
  return text;
};
const hostile = Object.keys(samples).filter((name) => name !== 'html-encoded.txt');

const PAGE = `<!doctype html><html><head><title>Bees Dance | The Nature Post</title>
<meta property="og:site_name" content="The Nature Post"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<aside class="sidebar">Subscribe to our newsletter! Advertisement: buy honey now.</aside>
<article>
  <h1>Bees Dance</h1>
  <p>Honey bees tell each other where flowers are by dancing. A forager returns to the hive and performs a waggle dance on the comb, and the angle of the dance gives the direction of the food.</p>
  <h2>How far</h2>
  <p>The length of the waggle run tells the distance. Karl von Frisch described the dance in 1927 and won the Nobel Prize in 1973 for his work on how bees communicate with each other.</p>
  <p>Bees can also<br>smell the flowers on the dancer, which helps them find the right plants when they arrive.</p>
  <figure><img src="https://evil.example/bee.jpg" alt="A bee"><figcaption>A forager at work.</figcaption></figure>
  <pre><code>const bee = new Bee();</code></pre>
</article>
<footer>Copyright 2024 The Nature Post. All rights reserved. Cookie settings.</footer>
</body></html>`;

describe('htmlToText', () => {
  it('keeps the article as paragraphs with its title, and drops the page around it', () => {
    const extracted = htmlToText(PAGE);
    expect(extracted.title).toBe('Bees Dance');
    expect(extracted.siteName).toBe('The Nature Post');
    const paragraphs = extracted.text.split('\n\n');
    expect(paragraphs[0]).toBe('Bees Dance');
    expect(paragraphs).toContain('How far');
    expect(paragraphs).toContain('Bees can also smell the flowers on the dancer, which helps them find the right plants when they arrive.');
    expect(extracted.text).toContain('Karl von Frisch described the dance in 1927');
    expect(extracted.text).not.toMatch(/Subscribe|Advertisement|Copyright|Sport|new Bee/);
    // The title is not repeated as the first paragraph.
    expect(paragraphs.filter((paragraph) => paragraph === 'Bees Dance')).toHaveLength(1);
  });

  it('falls back to the whole body when Readability finds no article, split at blank lines', () => {
    const extracted = htmlToText('<p>One short paragraph.</p>\n\nLoose text after it.\n\nAnother loose paragraph.');
    expect(extracted.text.split('\n\n')).toEqual(['One short paragraph.', 'Loose text after it.', 'Another loose paragraph.']);
  });

  it('has the hostile samples to test', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(8);
  });

  it.each(hostile)('%s: no markup, handler, script or outside address survives, and nothing runs', (name) => {
    const html = sample(name);
    const { text } = htmlToText(html);
    expect(text).not.toMatch(/<\s*\/?\s*(script|img|iframe|svg|style|object|embed|frame|form|input|meta|base|link|video|source|math|a)\b/i);
    expect(text).not.toMatch(/on(error|load|focus|toggle)\s*=/i);
    expect(text).not.toMatch(/javascript:|evil\.example|srcdoc|data:text/i);
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
    // The prose around the payloads is kept.
    expect(text.split(/\s+/).length).toBeGreaterThan(8);
  });

  it('keeps text that only looks like markup (escaped entities) as the text the page shows', () => {
    const { text } = htmlToText(sample('html-encoded.txt'));
    // The page displays these characters; they stay characters and are shown as text.
    expect(text).toContain("<script>window.__pwned='entity'</script>");
    expect(text).toContain('The owner, Lena Park, said bread prices rose 10 percent.');
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('keeps the prose of the bad-inputs samples that carry the payloads', () => {
    expect(htmlToText(sample('html-script.txt')).text).toContain('The city council approved 12 new bridges in 2019');
    expect(htmlToText(sample('html-event-handlers.txt')).text).toContain('The mayor, Anna Berg, opened the event.');
  });
});
