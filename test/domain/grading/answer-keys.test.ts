/**
 * The grader against the real generator: on every test article, each question's own answer and
 * each alias it or its fact offers must grade as right, and a different fact's answer as not.
 */
import { describe, expect, it } from 'vitest';
import { generateDeck } from '../../../src-main/domain/deck';
import { gradeAnswer, type GivenAnswer } from '../../../src-main/domain/grading';
import type { Question } from '../../../src-main/domain/questions/model';
import { normalizeAnswer } from '../../../src-main/domain/questions/text/normalize';
import { keyFiles, loadArticle } from '../deck/key-facts';

const decks = keyFiles().map((file) => ({ name: file.name, deck: generateDeck(loadArticle(file.article)) }));

function answerKeys(question: Question, aliases: readonly string[]): GivenAnswer[] {
  switch (question.format) {
    case 'multiple-choice':
      return [{ kind: 'choice', choice: question.answer }];
    case 'true-false':
      return [{ kind: 'truth', value: question.truth }];
    case 'matching':
      return [{ kind: 'pairs', pairs: question.pairs }];
    case 'list-recall':
      return [{ kind: 'text', text: question.answer }, { kind: 'text', text: question.items.join(', ') }];
    default:
      return [question.answer, ...question.accepted, ...aliases].map((text) => ({ kind: 'text', text }));
  }
}

const isTyped = (question: Question): boolean => ['cloze', 'question-answer', 'numeric'].includes(question.format);

describe.each(decks)('answer keys of $name', ({ deck }) => {
  it('grade every question’s own answer and aliases as right', () => {
    const misgraded: string[] = [];
    for (const question of deck.questions) {
      const fact = deck.facts.find((candidate) => candidate.id === question.factId);
      for (const given of answerKeys(question, fact?.aliases ?? [])) {
        const grade = gradeAnswer(question, given, fact);
        if (grade.verdict !== 'correct') misgraded.push(`${question.id}: ${JSON.stringify(given)} → ${grade.reason}`);
      }
    }
    expect(deck.questions.length).toBeGreaterThan(0);
    expect(misgraded).toEqual([]);
  });

  it('grade a different fact’s answer as wrong, nearly always', () => {
    const typed = deck.questions.filter(isTyped);
    let asked = 0;
    let accepted = 0;
    for (const question of typed) {
      const fact = deck.facts.find((candidate) => candidate.id === question.factId);
      // Another fact about the same person or number has the same answer: that is not a wrong answer.
      const own = new Set([question.answer, ...question.accepted, ...(fact?.aliases ?? [])].map(normalizeAnswer));
      for (const other of typed) {
        if (other.factId === question.factId || own.has(normalizeAnswer(other.answer))) continue;
        asked += 1;
        if (gradeAnswer(question, { kind: 'text', text: other.answer }, fact).verdict !== 'wrong') accepted += 1;
      }
    }
    // A few are right after all: "480,000" lies inside "200,000 to 750,000", "Two years" is two, and
    // "Bernoulli" is the surname of both Jacob and Johann.
    expect(accepted).toBeLessThanOrEqual(Math.max(3, asked * 0.01));
  });
});
