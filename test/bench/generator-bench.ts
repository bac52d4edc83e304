/**
 * Generator speed: the whole pipeline (parse → facts → questions) against the bare NLP parse of
 * the same text in the same run, on the seed and on the corpus repeated to 25k, 50k and 100k words.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../src-main/domain/article';
import { generateDeck } from '../../src-main/domain/deck';
import { nlp } from '../../src-main/domain/nlp/tokens';
import { measure, type BenchRow } from './measure';

const repoRoot = join(__dirname, '..', '..');
const corpusDir = join(repoRoot, 'test', 'fixtures', 'corpus');

/** wink's own work on the text: tokens with part-of-speech tags, nothing of ours. */
function bareParse(text: string): number {
  const doc = nlp.readDoc(text);
  return doc.tokens().out(nlp.its.pos).length;
}

function fullPipeline(text: string): number {
  return generateDeck(parseArticle(text)).questions.length;
}

/** The corpus bodies, joined as one long article of about `words` words. */
function longText(words: number): string {
  const bodies = readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(corpusDir, name), 'utf8').split('\n').slice(4).join('\n'));
  const paragraphs: string[] = [];
  let count = 0;
  for (let round = 0; count < words; round += 1) {
    for (const body of bodies) {
      for (const paragraph of body.split(/\n\s*\n/)) {
        paragraphs.push(paragraph);
        count += paragraph.split(/\s+/).length;
      }
    }
  }
  return `Bench article\n\n${paragraphs.join('\n\n')}`;
}

export function runGeneratorBench(): BenchRow[] {
  const seed = readFileSync(join(repoRoot, 'content', 'seed-article.txt'), 'utf8');
  bareParse(seed); // load wink's model outside the measurements
  fullPipeline(seed);
  const rows: BenchRow[] = [];
  const add = (label: string, text: string, runs: number): void => {
    const words = text.split(/\s+/).length;
    const bare = measure(runs, () => bareParse(text));
    const full = measure(runs, () => fullPipeline(text));
    rows.push({ name: `generate ${label} (${words} words)`, median: full.median, p95: full.p95, unit: 'ms' });
    rows.push({
      name: `bare NLP parse ${label}`,
      median: bare.median,
      p95: bare.p95,
      unit: 'ms',
      note: `generation = ${(full.median / bare.median).toFixed(2)}× the bare parse; ${((full.median / words) * 1000).toFixed(1)} ms per 1k words`,
    });
  };
  add('seed', seed, 20);
  add('25k', longText(25_000), 3);
  add('50k', longText(50_000), 3);
  add('100k', longText(100_000), 3);
  return rows;
}
