/** The teacher's key facts (test/fixtures/key-facts) and the coverage measure over a deck. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../../src-main/domain/article';
import type { Article } from '../../../src-main/domain/article/model';
import type { Deck } from '../../../src-main/domain/deck';
import type { Question } from '../../../src-main/domain/questions/model';
import { normalizeAnswer, normalizeText } from '../../../src-main/domain/questions/text/normalize';

export interface KeyFact {
  readonly id: string;
  readonly kind: string;
  readonly sentence: string;
  readonly question: string;
  readonly answer: string;
  readonly accept: readonly string[];
}

export interface KeyFile {
  readonly name: string;
  readonly article: string;
  readonly facts: readonly KeyFact[];
}

export const repoRoot = join(__dirname, '..', '..', '..');

export function keyFiles(): KeyFile[] {
  const folder = join(repoRoot, 'test', 'fixtures', 'key-facts');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name: name.replace(/\.json$/, ''), ...(JSON.parse(readFileSync(join(folder, name), 'utf8')) as Omit<KeyFile, 'name'>) }));
}

export function articlePath(file: string): string {
  return file === 'seed-article.txt' ? join(repoRoot, 'content', file) : join(repoRoot, 'test', 'fixtures', 'corpus', file);
}

export function loadArticle(file: string): Article {
  return parseArticle(readFileSync(articlePath(file), 'utf8'));
}

/** Items of a list answer ("a; b; c"), each normalised; a plain answer is a list of one. */
function items(answer: string): string[] {
  return answer.split(';').map(normalizeAnswer).filter((item) => item !== '');
}

export function answersMatch(expected: string, key: string): boolean {
  const a = items(expected);
  const b = items(key);
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** A key fact is covered by a kept question (not true/false) on its sentence that expects its answer. */
export function coveringQuestion(deck: Deck, key: KeyFact): Question | undefined {
  const keySentence = normalizeText(key.sentence);
  const answers = [key.answer, ...key.accept];
  return deck.questions.find(
    (q) => q.format !== 'true-false' && normalizeText(q.sentence).includes(keySentence) && answers.some((answer) => answersMatch(q.answer, answer)),
  );
}
