/** Bad inputs that are text: blank, huge, invisible, bidirectional, control characters, floods. */
import { textCase, fileCase, type BadInput } from './case';
import { lines, prose, writeRepeated } from './generators';

const PROSE = prose(1500, 7);
const MB = 1024 * 1024;

/** `PROSE` with `insert(i)` between every two words. */
function sprinkle(insert: (i: number) => string): string {
  return PROSE.split(' ').reduce((text, word, i) => `${text}${insert(i)}${word} `, '');
}

const WORDS = ['river', 'council', 'approved', 'bridges', 'Mexico', 'said', 'the', '2019', 'and', 'in'];

export const emptyCases: BadInput[] = [
  textCase('empty', () => '', { cli: true, cliExit: 2 }),
  textCase('whitespace-only', () => ' \t \n\n \t\r\n   \n', { cli: true, cliExit: 2 }),
  textCase('unicode-whitespace-only', () => '\u00a0\u2000\u2003\u3000\u2028\u2029\u000b\u000c\u0085\u200b\u2060\ufeff\n'),
  textCase('bom-only', () => '\ufeff', { cliExit: 2 }),
  textCase('blank-lines-10k', () => '\n'.repeat(10_000), { cliExit: 2 }),
  textCase('single-character', () => '.'),
  textCase('one-word', () => 'Hello'),
];

export const sizeCases: BadInput[] = [
  // Generated in 1 MB chunks: neither the test process nor the disk copy is built in one string.
  fileCase('prose-50mb', (target) => writeRepeated(target, `${prose(MB, 3)}\n\n`, 50 * MB), { cli: true }),
  textCase('single-line-5mb', () => Array.from({ length: 5 * MB / 6 }, (_, i) => WORDS[i % WORDS.length]).join(' ').slice(0, 5 * MB), { cli: true }),
  textCase('capitals-run-500k', () => 'A'.repeat(500_000)),
  textCase('one-word-per-line-100k', () => lines(100_000, (i) => `word${i}`)),
  textCase('periods-1m', () => '.'.repeat(1_000_000)),
  textCase('abbreviations-100k', () => 'Mr. Dr. St. U.S. e.g. '.repeat(20_000)),
  textCase('spaces-then-letter', () => `a${' '.repeat(100_000)}!`),
  textCase('huge-numbers', () => `The cost was ${'9'.repeat(400)} dollars in 2019, officials said. About ${'1,'.repeat(5_000)}000 people came. It was 1e308 percent of 0.${'0'.repeat(500)}1 in the year -99999999999.`),
];

export const invisibleCases: BadInput[] = [
  textCase('lone-surrogates', () => sprinkle((i) => ['\ud800', '\udfff', 'x\udc00\ud800y', ''][i % 4] ?? ''), { cli: true }),
  textCase('astral-and-emoji', () => sprinkle((i) => ['👩‍👩‍👧‍👦', '🇲🇽', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ', '\u{10FFFF}', '☃\ufe0f', ''][i % 6] ?? '')),
  textCase('bidi-overrides', () => sprinkle((i) => ['\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u061c', '\u202a\u202b\u202c'][i % 9] ?? ''), { cli: true }),
  textCase('zero-width', () => PROSE.replace(/(\w)(\w)/g, '$1\u200b$2').replace(/ /g, ' \u200c\u200d\u2060\u00ad\u180e\ufeff')),
  textCase('combining-flood', () => `${'Z\u0301\u0336\u0489'.repeat(20)} ${PROSE.replace(/[aeiou]/g, (v) => v + '\u0300\u0301\u0302\u0303\u0308'.repeat(10))}\n\nx${'\u0301'.repeat(100_000)}.`, { cli: true }),
  textCase('control-characters', () => sprinkle((i) => ['\x01', '\x07', '\x08', '\x1b[2J\x1b[31m', '\x1b]8;;https://evil.example\x07link\x1b]8;;\x07', '\x1b]0;pwned\x07', '\x7f', '\u0085\u009b31m', '\x1f'][i % 9] ?? ''), { cli: true }),
  textCase('line-separators', () => PROSE.replace(/\. /g, (_, i: number) => ['.\u2028', '.\u2029', '.\u0085', '.\f', '.\v'][i % 5] ?? '. ')),
  textCase('cr-only-line-endings', () => PROSE.replace(/\n/g, '\r')),
  textCase('mixed-line-endings', () => PROSE.replace(/\n\n/g, (_, i: number) => ['\r\n\r\n', '\n\r\n\r', '\r\r', '\n \n'][i % 4] ?? '\n\n')),
  textCase('noncharacters-and-private-use', () => sprinkle((i) => ['\ue000', '\uf8ff', '\ufffe', '\uffff', '\ufdd0', '\ufffd', '\u{f0000}'][i % 7] ?? '')),
  textCase('bom-between-words', () => `\ufeff${sprinkle(() => '\ufeff')}`),
];
