/**
 * Coverage of the teacher's key facts: a key fact counts when some kept question (any format but
 * true/false) is written on its sentence and expects its answer (or an accepted form). The
 * thresholds are what the generator reaches today, asserted so they cannot silently fall.
 */
import { describe, expect, it } from 'vitest';
import { generateDeck } from '../../../src-main/domain/deck';
import { coveringQuestion, keyFiles, loadArticle } from './key-facts';

/** Per article, the share of key facts covered today (the goal is 0.9 everywhere). */
const MINIMUM: Record<string, number> = {
  'seed-article': 0.9,
  '01-canada-sensitive-document-found': 0.9,
  '02-homeopathy-parents-manslaughter-trial': 0.9,
  '03-microsoft-ie6-countdown': 0.9,
  '04-scientology-defector-arrested': 0.9,
  '05-self-medicating-ants-interview': 0.9,
  '06-daniel-bernoulli': 0.9,
  '07-zaha-hadid': 0.9,
  '08-taipei-lantern-festival': 0.9,
};

describe('coverage of the key facts', () => {
  for (const file of keyFiles()) {
    it(`${file.name}: at least ${Math.round((MINIMUM[file.name] ?? 0.9) * 100)} % of ${file.facts.length} key facts`, () => {
      const deck = generateDeck(loadArticle(file.article));
      const missed = file.facts.filter((key) => coveringQuestion(deck, key) === undefined);
      const coverage = (file.facts.length - missed.length) / file.facts.length;
      console.info(`${file.name}: ${(coverage * 100).toFixed(0)} % (${file.facts.length - missed.length}/${file.facts.length}); missed: ${missed.map((k) => `${k.id} "${k.answer}"`).join(', ')}`);
      expect(coverage).toBeGreaterThanOrEqual(MINIMUM[file.name] ?? 0.9);
    });
  }
});
