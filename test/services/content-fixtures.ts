import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real bundled content folder. */
export const realContentDir = fileURLToPath(new URL('../../content/', import.meta.url));
export const SEED_ID = 'mexico-rejects-us-invasion';

export const SMALL_ARTICLE = [
  'Tiny Test Article',
  '',
  'The first paragraph has one sentence. It has a second one too.',
  '',
  'The second paragraph is short.',
  '',
  'The third paragraph ends the article.',
  '',
].join('\n');

export { useTempDirs } from '../store/temp-dir';

export async function writeContent(dir: string, index: unknown, files: Record<string, string>): Promise<string> {
  await writeFile(path.join(dir, 'articles.json'), typeof index === 'string' ? index : JSON.stringify(index, null, 2));
  await Promise.all(Object.entries(files).map(([name, text]) => writeFile(path.join(dir, name), text)));
  return dir;
}
