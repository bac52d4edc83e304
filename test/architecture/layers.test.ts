import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkImport, readImports, type ImportRecord } from './import-rules';

const repoRoot = join(__dirname, '..', '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(repoRoot, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|svelte)$/.test(entry.name))
    .map((entry) => relative(repoRoot, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

function violationsIn(fileName: string, source: string) {
  return readImports(fileName, source).flatMap((record) => checkImport(record) ?? []);
}

describe('the layer rules hold in the real tree', () => {
  const files = [...sourceFiles('src-main'), ...sourceFiles('src-renderer')];

  it('reads a real tree', () => {
    expect(files.some((file) => file.startsWith('src-main/domain/'))).toBe(true);
    expect(files.some((file) => file.startsWith('src-renderer/'))).toBe(true);
  });

  it('has no import that breaks a layer rule', () => {
    const violations = files.flatMap((file) => violationsIn(file, readFileSync(join(repoRoot, file), 'utf8')));
    expect(violations).toEqual([]);
  });
});

describe('the checker catches each kind of wrong arrow', () => {
  const cases: Array<[string, string, string]> = [
    ['src-main/domain/article/x.ts', `import { readFileSync } from 'node:fs';`, 'Node built-ins'],
    ['src-main/domain/article/x.ts', `import fs from 'fs';`, 'Node built-ins'],
    ['src-main/domain/facts/x.ts', `import { Low } from 'lowdb';`, 'no electron, lowdb'],
    ['src-main/domain/facts/x.ts', `import { app } from 'electron';`, 'no electron, lowdb'],
    ['src-main/domain/facts/x.ts', `const e = require('electron');`, 'no electron, lowdb'],
    ['src-main/domain/facts/x.ts', `import { openStore } from '../../store';`, 'layers around it'],
    ['src-main/domain/facts/x.ts', `export { x } from '../../services/a';`, 'layers around it'],
    ['src-main/services/a.ts', `import { dialog } from 'electron';`, 'without Electron'],
    ['src-main/store/a.ts', `import { createApiHandlers } from '../services';`, 'below the services'],
    ['src-renderer/lib/api.ts', `import { apiMethods } from '../../src-main/contract';`, 'only types'],
    ['src-renderer/lib/api.ts', `import type { Article } from '../../src-main/domain/article/model';`, 'only the contract'],
    ['src-renderer/screens/a/A.svelte', `<script lang="ts">import { x } from '../../../src-main/ipc';</script>`, 'only the contract'],
    ['src-renderer/lib/x.ts', `const m = await import('node:path');`, 'no Node built-ins'],
  ];
  it.each(cases)('%s: %s', (file, source, rule) => {
    const violations = violationsIn(file, source);
    expect(violations).toHaveLength(1);
    expect(violations[0]?.rule).toContain(rule);
  });

  const allowed: Array<[string, string]> = [
    ['src-main/domain/article/x.ts', `import winkNLP from 'wink-nlp'; import type { Span } from './model';`],
    ['src-renderer/lib/api.ts', `import type { FactdeckApi } from '../../src-main/contract';`],
    ['src-renderer/lib/api.ts', `import { type FactdeckApi, type ApiResult } from '../../src-main/contract';`],
    ['src-main/services/a.ts', `import { parseArticle } from '../domain/article';`],
  ];
  it.each(allowed)('allows %s: %s', (file, source) => {
    expect(violationsIn(file, source)).toEqual([]);
  });

  it('records type-only imports as such', () => {
    const [record] = readImports('a.ts', `import type { A } from './b';`) as [ImportRecord];
    expect(record.typeOnly).toBe(true);
  });
});
