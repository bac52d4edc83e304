/** The text files of imported articles, `articles/<id>.txt`: written durably, once, then only read. */
import path from 'node:path';
import { makeFolderDurably, writeFileDurably } from '../durable-fs';
import type { StoreIo } from '../io';
import { ARTICLES_FOLDER, ARTICLE_FILE, articleFileOf } from './library-file';
import { filePath } from '../backups/manifest';

function articlePath(dataDir: string, id: string): string {
  const name = articleFileOf(id);
  if (!ARTICLE_FILE.test(name)) throw new Error(`Not an imported article id: ${JSON.stringify(id)}`);
  return filePath(dataDir, name);
}

export async function writeArticleText(io: StoreIo, dataDir: string, id: string, text: string): Promise<void> {
  const target = articlePath(dataDir, id);
  await makeFolderDurably(path.join(dataDir, ARTICLES_FOLDER), io);
  await writeFileDurably(target, text, io);
}

export async function readArticleText(io: StoreIo, dataDir: string, id: string): Promise<string> {
  return new TextDecoder('utf-8').decode(await io.readFile(articlePath(dataDir, id)));
}

/** The article files in the folder, as `articles/<id>.txt` (temp files and strays left out). */
export async function listArticleFiles(io: StoreIo, dataDir: string): Promise<string[]> {
  const names = await io.readdir(path.join(dataDir, ARTICLES_FOLDER)).catch(() => [] as string[]);
  return names.map((name) => `${ARTICLES_FOLDER}/${name}`).filter((name) => ARTICLE_FILE.test(name)).sort();
}
