/**
 * Prints, per article, how many of the teacher's key facts the generated deck covers and which it
 * misses: `npx tsx test/domain/deck/coverage-report.ts [article-name-filter]`. Also used by `npm run bench`.
 */
import { generateDeck } from '../../../src-main/domain/deck';
import { coveringQuestion, keyFiles, loadArticle, type KeyFact } from './key-facts';

export interface CoverageRow {
  readonly article: string;
  readonly facts: number;
  readonly questions: number;
  readonly keyFacts: number;
  readonly covered: number;
  readonly missed: readonly KeyFact[];
}

export function coverageRows(filter = ''): CoverageRow[] {
  return keyFiles()
    .filter((file) => file.name.includes(filter))
    .map((file) => {
      const deck = generateDeck(loadArticle(file.article));
      const missed = file.facts.filter((key) => coveringQuestion(deck, key) === undefined);
      return {
        article: file.name,
        facts: deck.facts.length,
        questions: deck.questions.length,
        keyFacts: file.facts.length,
        covered: file.facts.length - missed.length,
        missed,
      };
    });
}

if (process.argv[1]?.endsWith('coverage-report.ts')) {
  const rows = coverageRows(process.argv[2] ?? '');
  for (const row of rows) {
    console.log(`\n## ${row.article}: ${row.covered}/${row.keyFacts} (${Math.round((100 * row.covered) / row.keyFacts)} %), ${row.facts} facts, ${row.questions} questions`);
    for (const key of row.missed) console.log(`- [${key.kind}] ${key.answer}  <=  ${key.sentence.slice(0, 120)}`);
  }
  const covered = rows.reduce((sum, row) => sum + row.covered, 0);
  const total = rows.reduce((sum, row) => sum + row.keyFacts, 0);
  console.log(`\nTOTAL ${covered}/${total} (${Math.round((100 * covered) / total)} %)`);
}
