import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src-main/cli/args';
import { markdownToText } from '../../src-main/cli/markdown';

describe('Markdown to article text', () => {
  it('takes the first level-1 heading as the title and keeps other headings as lines', () => {
    expect(markdownToText('# Title\n\nIntro text.\n\n## Early life\n\nBorn in 1950.')).toEqual({
      title: 'Title',
      text: 'Intro text.\n\nEarly life\n\nBorn in 1950.',
    });
  });

  it('keeps the words of links and emphasis, drops images, code, tables, HTML and front matter', () => {
    const md = '---\nlayout: post\n---\nA **bold** [link](http://x.y) and ![pic](a.png) <span>tag</span> &amp; `code` here.\n\n```\nrm -rf /\n```\n\n| a | b |\n|---|---|\n\n<script>alert(1)</script>\n\n> Quoted line.';
    expect(markdownToText(md)).toEqual({ title: null, text: 'A bold link and tag & code here.\n\nQuoted line.' });
  });

  it('makes each list item its own paragraph', () => {
    expect(markdownToText('- one item.\n- two item.\n1. three.').text).toBe('one item.\n\ntwo item.\n\nthree.');
  });
});

describe('CLI arguments', () => {
  it('defaults to JSON and refuses unknown flags, two files or two formats', () => {
    expect(parseArgs(['a.txt'])).toEqual({ ok: true, file: 'a.txt', format: 'json' });
    expect(parseArgs(['--tsv', 'a.md'])).toEqual({ ok: true, file: 'a.md', format: 'tsv' });
    expect(parseArgs(['a.txt', '--xml']).ok).toBe(false);
    expect(parseArgs(['a.txt', 'b.txt']).ok).toBe(false);
    expect(parseArgs(['a.txt', '--json', '--tsv']).ok).toBe(false);
    expect(parseArgs([]).ok).toBe(false);
  });
});
