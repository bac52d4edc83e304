/**
 * The deck CLI: `npm run --silent deck -- <file.txt|file.md> [--json | --tsv]`. Reads an article,
 * generates its deck and prints it. Bad input gets one line on stderr and exit code 2.
 */
import { extname } from 'node:path';
import { parseArgs } from './args';
import { markdownToText } from './markdown';
import { readInput } from './read-input';

function fail(message: string): never {
  process.stderr.write(`deck: ${message}\n`);
  process.exit(2);
}

async function main(argv: readonly string[]): Promise<void> {
  const args = parseArgs(argv);
  if (!args.ok) fail(args.message);
  const input = readInput(args.file);
  if (!input.ok) fail(input.message);
  const isMarkdown = /^\.(md|markdown)$/i.test(extname(args.file));
  const markdown = isMarkdown ? markdownToText(input.text) : null;
  if (markdown !== null && markdown.text.trim() === '') fail(`${args.file}: no article text after removing Markdown`);
  // The NLP model loads only for input worth reading, so refusals answer at once.
  const [{ parseArticle }, { generateDeck }, { deckJson, deckTsv }] = await Promise.all([import('../domain/article'), import('../domain/deck'), import('./output')]);
  const article = markdown !== null ? parseArticle(markdown.text, markdown.title !== null ? { title: markdown.title } : {}) : parseArticle(input.text);
  const deck = generateDeck(article);
  process.stdout.write(args.format === 'tsv' ? deckTsv(deck) : `${deckJson(article, deck)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => fail(`unexpected error: ${(error as Error).message.split('\n')[0] ?? 'unknown'}`));
