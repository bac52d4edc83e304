/** Builders for the generated bad inputs: seeded prose, big files written in chunks, byte tricks. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createPrng, type Prng } from '../fuzz/prng';

const WORDS = [
  'the', 'council', 'river', 'approved', 'bridges', 'in', 'city', 'mayor', 'said', 'and', 'of', 'a',
  'project', 'engineers', 'budget', 'million', 'dollars', 'years', 'would', 'take', 'new', 'work',
  'began', 'officials', 'report', 'that', 'was', 'built', 'for', 'people', 'visited', 'harbour',
];
const NAMES = ['Maria Lopez', 'Anna Berg', 'Erik Holm', 'Paul Weber', 'Lena Park', 'Mexico', 'the United States'];

function sentence(prng: Prng): string {
  const words = Array.from({ length: 8 + prng.int(18) }, () => prng.pick(WORDS));
  if (prng.chance(0.4)) words.splice(prng.int(words.length), 0, String(prng.int(100_000)));
  if (prng.chance(0.3)) words.splice(prng.int(words.length), 0, prng.pick(NAMES));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${prng.chance(0.2) ? ', the report said.' : '.'}`;
}

/** Paragraphs of plain English-like sentences, about `chars` long, the same for the same seed. */
export function prose(chars: number, seed = 1): string {
  const prng = createPrng(seed);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < chars) {
    const paragraph = Array.from({ length: 2 + prng.int(5) }, () => sentence(prng)).join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n').slice(0, chars);
}

/**
 * Writes `totalBytes` by repeating one chunk, so a 50 MB file never sits in this process's memory
 * at once (only the reader under test holds it whole).
 */
export async function writeRepeated(path: string, chunk: string, totalBytes: number): Promise<void> {
  const bytes = Buffer.from(chunk, 'utf8');
  const stream = createWriteStream(path);
  for (let written = 0; written < totalBytes; written += bytes.length) {
    const piece = written + bytes.length > totalBytes ? bytes.subarray(0, totalBytes - written) : bytes;
    if (!stream.write(piece)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');
}

/** `header` followed by seeded random bytes up to `length`. */
export function binary(header: readonly number[] | string, length: number, seed: number): Uint8Array {
  const head = typeof header === 'string' ? Buffer.from(header, 'latin1') : Uint8Array.from(header);
  const out = createPrng(seed).bytes(length);
  out.set(head.subarray(0, length));
  return out;
}

/** Text with raw byte sequences spliced in after each sentence. */
export function withBytes(text: string, ...sequences: ReadonlyArray<readonly number[]>): Uint8Array {
  const parts = text.split(/(?<=\. )/).map((part) => Buffer.from(part, 'utf8'));
  const out: Buffer[] = [];
  parts.forEach((part, i) => out.push(part, Buffer.from(sequences[i % sequences.length] ?? [])));
  return Buffer.concat(out);
}

export function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return endian === 'le' ? le : Buffer.from(le).swap16();
}

/** `count` lines made by `line(i)`, joined with newlines. */
export function lines(count: number, line: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => line(i)).join('\n');
}
