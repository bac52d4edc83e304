/**
 * The deck CLI, spawned as a user runs it (tsx on the TypeScript entry): JSON and TSV output on
 * the seed, a corpus file and a Markdown file; one line on stderr and exit code 2 for bad input.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const temp = mkdtempSync(join(tmpdir(), 'deck-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function deck(...args: string[]) {
  const run = spawnSync(tsx, [join(root, 'src-main', 'cli', 'deck.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(temp, name);
  writeFileSync(path, content);
  return path;
}

interface DeckJson {
  article: { title: string };
  facts: Array<{ id: string; kind: string; sentence: string }>;
  questions: Array<{ id: string; factId: string; format: string; prompt: string; answer: string; choices?: string[]; sentence: string }>;
}

describe('deck CLI output', () => {
  it('prints the seed deck as JSON by default', () => {
    const run = deck(join(root, 'content', 'seed-article.txt'));
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as DeckJson;
    expect(json.article.title).toBe('Mexico Rejects US ‘Invasion’ in Cartel Fight');
    expect(json.facts.length).toBeGreaterThan(10);
    expect(json.questions.length).toBeGreaterThan(20);
    for (const q of json.questions) {
      expect(Object.keys(q)).toEqual(expect.arrayContaining(['id', 'factId', 'format', 'prompt', 'answer', 'sentence']));
      if (q.format === 'multiple-choice') expect(q.choices).toHaveLength(4);
      if (q.format === 'true-false') expect(['true', 'false']).toContain(q.answer);
    }
  }, 60_000);

  it('reads a corpus file with its title and Source line', () => {
    const run = deck(join(root, 'test', 'fixtures', 'corpus', '06-daniel-bernoulli.txt'), '--json');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as DeckJson;
    expect(json.article.title).toBe('Daniel Bernoulli');
    expect(json.questions.some((q) => q.sentence.startsWith('Source:'))).toBe(false);
  }, 60_000);

  it('reads Markdown: the heading is the title, no syntax or HTML reaches a question', () => {
    const md = file(
      'article.md',
      '# River Report\n\nThe **city council** approved [12 new bridges](http://example.com) in 2019, the mayor said.\n\n## Costs\n\n<div class="ad">Buy now</div>\n\nThe bridges will cost 40 million dollars, according to the *city* budget.\n',
    );
    const run = deck(md);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as DeckJson;
    expect(json.article.title).toBe('River Report');
    expect(json.questions.length).toBeGreaterThan(0);
    for (const q of json.questions) expect(`${q.prompt} ${q.sentence}`).not.toMatch(/[*#<>[\]]|http/);
  }, 60_000);

  it('prints an Anki-importable TSV with --tsv', () => {
    const run = deck(join(root, 'content', 'seed-article.txt'), '--tsv');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:false', '#columns:Front\tBack\tSource\tTags']);
    for (const line of lines.slice(3)) expect(line.split('\t')).toHaveLength(4);
  }, 60_000);
});

describe('deck CLI refusals', () => {
  const refused = (run: ReturnType<typeof deck>) => {
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  };

  it('a missing file', () => refused(deck(join(temp, 'nope.txt'))), 60_000);
  it('an empty file', () => refused(deck(file('empty.txt', '  \n\n'))), 60_000);
  it('a binary file', () => refused(deck(file('binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])))), 60_000);
  it('invalid UTF-8', () => refused(deck(file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72])))), 60_000);
  it('a directory', () => {
    const dir = join(temp, 'folder.txt');
    mkdirSync(dir);
    refused(deck(dir));
  }, 60_000);
  it('an unreadable file', () => {
    // Permissions do not stop root (CI runs as root), so the read fails another way: a symbolic
    // link that points at itself makes every open fail with ELOOP, for root too.
    const path = join(dirname(file('placeholder.txt', 'x')), 'loop.txt');
    symlinkSync(path, path);
    refused(deck(path));
  }, 60_000);
  it('an unknown flag, with the usage line', () => {
    const run = deck(join(root, 'content', 'seed-article.txt'), '--yaml');
    refused(run);
    expect(run.stderr).toMatch(/usage/);
  }, 60_000);
  it('no file at all', () => refused(deck()), 60_000);
});
