import { describe, expect, it } from 'vitest';
import { decodeFile, formatOfFile, sourceOfFile } from '../../../src-renderer/screens/library/import-file';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('formatOfFile', () => {
  it('knows .txt, .md and .html by their extension, in any case', () => {
    expect(['a.txt', 'b.TEXT', 'c.md', 'd.Markdown', 'e.html', 'f.HTM', 'g.pdf', 'noext', 'h.txt.exe'].map(formatOfFile)).toEqual([
      'txt', 'txt', 'md', 'md', 'html', 'html', null, null, null,
    ]);
  });
});

describe('decodeFile', () => {
  it('reads UTF-8, and old Windows-1252 text when it is not UTF-8', () => {
    expect(decodeFile('a.txt', bytes('Café – naïve'))).toEqual({ ok: true, text: 'Café – naïve' });
    expect(decodeFile('b.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]))).toEqual({ ok: true, text: 'Café ok' });
  });

  it('refuses empty, binary and too large files with the file name and the reason', () => {
    expect(decodeFile('empty.txt', new Uint8Array())).toEqual({ ok: false, message: '“empty.txt” is empty.' });
    expect(decodeFile('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toEqual({ ok: false, message: '“photo.txt” looks like a binary file, not text.' });
    const controls = new Uint8Array(200).fill(0x01);
    controls[0] = 0xff;
    expect(decodeFile('blob.md', controls)).toEqual({ ok: false, message: '“blob.md” looks like a binary file, not text.' });
    expect(decodeFile('big.txt', new Uint8Array(4 * 1024 * 1024 + 1).fill(0x61))).toEqual({ ok: false, message: '“big.txt” is too large to import (4.0 MB; the limit is 4 MB).' });
    expect(decodeFile('edge.txt', new Uint8Array(4 * 1024 * 1024).fill(0x61)).ok).toBe(true);
  });

  it('names the source by the file name without its folder', () => {
    expect(sourceOfFile('C:\\Users\\me\\notes.md')).toBe('notes.md');
    expect(sourceOfFile('/home/me/page.html')).toBe('page.html');
  });
});
