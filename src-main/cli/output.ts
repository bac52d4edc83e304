/** The deck as JSON (for review and tooling) or as an Anki-importable tab-separated text file. */
import type { Article } from '../domain/article/model';
import type { Deck } from '../domain/deck';
import { questionsTsv } from '../domain/deck/anki-tsv';
import type { Question } from '../domain/questions/model';

function questionJson(question: Question): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: question.id,
    factId: question.factId,
    format: question.format,
    prompt: question.prompt,
    answer: question.answer,
  };
  if (question.format === 'multiple-choice') out.choices = question.choices;
  if (question.accepted.length > 0) out.accepted = question.accepted;
  if (question.format === 'list-recall') out.items = question.items;
  if (question.format === 'matching') Object.assign(out, { pairs: question.pairs, factIds: question.factIds });
  if (question.format === 'numeric') Object.assign(out, { value: question.value, tolerance: question.tolerance });
  return { ...out, sentence: question.sentence, rule: question.rule, quality: question.quality };
}

export function deckJson(article: Article, deck: Deck): string {
  return JSON.stringify(
    {
      article: { title: article.title, source: article.source },
      facts: deck.facts,
      questions: deck.questions.map(questionJson),
      dropped: deck.dropped.map(({ question, reasons }) => ({ id: question.id, format: question.format, prompt: question.prompt, answer: question.answer, reasons })),
    },
    null,
    2,
  );
}

/** The deck as Anki's tab-separated text (the writer is shared with the app's TSV export). */
export function deckTsv(deck: Deck): string {
  return questionsTsv(deck.questions);
}
