/** Bad inputs that are bytes, hostile markup, other formats in disguise, or not files at all. */
import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { bytesCase, fileCase, fixtureCase, textCase, type BadInput } from './case';
import { binary, lines, prose, utf16, withBytes } from './generators';

const PROSE = prose(1500, 9);
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];

export const binaryCases: BadInput[] = [
  bytesCase('random-bytes-64k', () => binary([], 64 * 1024, 11), { cli: true, cliExit: 2 }),
  bytesCase('random-bytes-no-nul', () => binary([], 16 * 1024, 12).map((byte) => byte || 1)),
  bytesCase('png-header', () => binary(PNG, 4096, 13), { cli: true, cliExit: 2 }),
  bytesCase('zip-header', () => binary('PK\x03\x04\x14\x00\x00\x00\x08\x00', 4096, 14)),
  bytesCase('pdf-header', () => binary('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>\nstream\n', 4096, 15)),
  bytesCase('elf-header', () => binary('\x7fELF\x02\x01\x01\x00', 4096, 16)),
  bytesCase('gzip-header', () => binary([0x1f, 0x8b, 0x08, 0x00], 4096, 17)),
];

export const encodingCases: BadInput[] = [
  bytesCase('invalid-utf8-continuation', () => withBytes(PROSE, [0x80], [0xbf], [0x80, 0x80])),
  bytesCase('invalid-utf8-overlong', () => withBytes(PROSE, [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xc1, 0xbf]), { cli: true, cliExit: 2 }),
  bytesCase('invalid-utf8-truncated', () => Buffer.concat([Buffer.from(PROSE), Buffer.from([0xe2, 0x82])])),
  bytesCase('invalid-utf8-encoded-surrogates', () => withBytes(PROSE, [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf])),
  bytesCase('invalid-utf8-out-of-range', () => withBytes(PROSE, [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xff], [0xfe])),
  bytesCase('latin1-text', () => Buffer.from('Café au lait cost 3 euros in Paris, the café owner said. Señor Núñez agreed.\n', 'latin1')),
  textCase('nul-bytes-in-text', () => PROSE.replace(/ the /g, ' the\0 '), { cli: true, cliExit: 2 }),
  textCase('nul-only-4k', () => '\0'.repeat(4096)),
  bytesCase('utf16le-with-bom', () => utf16(PROSE, 'le'), { cli: true }),
  bytesCase('utf16be-with-bom', () => utf16(PROSE, 'be')),
  textCase('utf8-bom-prose', () => `\ufeff${PROSE}`),
];

export const hostileMarkupCases: BadInput[] = [
  fixtureCase('html-script.txt', { cli: true, cliExit: 0 }),
  fixtureCase('html-event-handlers.txt'),
  fixtureCase('html-javascript-links.txt'),
  fixtureCase('html-iframe-srcdoc.txt'),
  fixtureCase('html-meta-base.txt'),
  fixtureCase('html-style-import.txt'),
  fixtureCase('html-mxss.txt', { cli: true, cliExit: 0 }),
  fixtureCase('html-full-document.txt'),
  fixtureCase('html-encoded.txt'),
  fixtureCase('markdown-raw-html.md', { cli: true, cliExit: 0 }),
];

const md = (name: string, make: () => string, cli = false): BadInput => textCase(name, make, { file: `${name}.md`, cli });

export const markdownCases: BadInput[] = [
  md('markdown-quotes-10k', () => `${'>'.repeat(10_000)} The council approved 12 bridges in 2019.\n\n${lines(1000, (i) => `${'> '.repeat(i)}deeper ${i}`)}\n`, true),
  md('markdown-nested-list-10k', () => `${'- '.repeat(10_000)}The council approved 12 bridges.\n${lines(2000, (i) => `${'  '.repeat(i % 200)}- item ${i}`)}\n`, true),
  md('markdown-stars-100k', () => '*'.repeat(100_000), true),
  md('markdown-emphasis-flood', () => `${'*a _b '.repeat(10_000)}\n\n${'**'.repeat(20_000)}x`),
  md('markdown-brackets-flood', () => `${'['.repeat(20_000)}x${'](y'.repeat(20_000)}\n\n${'<'.repeat(20_000)}`),
  md('markdown-huge-entity', () => '# Entity Test\n\nThe council approved &#99999999999; new bridges in 2019, the mayor said.\n', true),
  md('markdown-headings-flood', () => lines(20_000, (i) => `${'#'.repeat(1 + (i % 7))} heading ${i}`)),
  md('markdown-unclosed-fence', () => `# Fence\n\n\`\`\`\n${PROSE}\n\n${'~~~\n'.repeat(1000)}`),
  md('markdown-front-matter-only', () => '---\ntitle: "<script>window.__pwned=1</script>"\n---\n'),
];

export const disguisedCases: BadInput[] = [
  textCase('json-disguised', () => `{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "articles": ${JSON.stringify(Array.from({ length: 500 }, (_, i) => ({ id: i, title: `Article ${i}.`, tags: ['a', 'b'] })), null, 2)}}`, { cli: true }),
  textCase('csv-disguised', () => `id,name,amount,date\n${lines(5000, (i) => `${i},"Name ${i}, Jr.",${i * 3.5},2019-01-${String(1 + (i % 28)).padStart(2, '0')}`)}\n`, { cli: true }),
];

// Tests run as root here, so chmod 000 would not stop a read: a symlink loop stands in for an
// unreadable file (every open fails, with ELOOP). A FIFO is left out on purpose: reading one blocks
// until a writer comes, as `cat` does, which is the shell's contract, not a bug.
export const notAFileCases: BadInput[] = [
  fileCase('directory-named-txt', (target) => mkdir(target), { readable: false, cli: true, cliExit: 2 }),
  fileCase('missing-file', async () => {}, { readable: false, cli: true, cliExit: 2 }),
  fileCase('unreadable-symlink-loop', (target) => symlink(path.basename(target), target), { readable: false, cli: true, cliExit: 2 }),
  fileCase('dangling-symlink', (target) => symlink('nowhere/at-all.txt', target), { readable: false }),
];
