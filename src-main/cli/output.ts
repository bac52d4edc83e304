/** The deck as JSON (for review and tooling) or as an Anki-importable tab-separated text file. */
import type { Article } from '../domain/article/model';
import type { Deck } from '../domain/deck';
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

/** One line per field: tabs and line breaks would split a card, so they become spaces. */
function field(text: string): string {
  const flat = text.replace(/[\t\r\n]+/g, ' ').trim();
  return flat.startsWith('"') ? `"${flat.replace(/"/g, '""')}"` : flat;
}

function front(question: Question): string {
  if (question.format === 'multiple-choice') return `${question.prompt} — ${question.choices.map((c, i) => `${String.fromCharCode(65 + i)}) ${c}`).join(' · ')}`;
  if (question.format === 'true-false') return `True or false? ${question.prompt}`;
  if (question.format === 'matching') return `${question.prompt} ${question.pairs.map((p) => p.left).join(' · ')} ↔ ${[...question.pairs].map((p) => p.right).sort().join(' · ')}`;
  return question.prompt;
}

export function deckTsv(deck: Deck): string {
  const header = ['#separator:tab', '#html:false', '#columns:Front\tBack\tSource\tTags'];
  const rows = deck.questions.map((q) => [front(q), q.answer, q.sentence, `factdeck ${q.format} ${q.factKind}`].map(field).join('\t'));
  return `${[...header, ...rows].join('\n')}\n`;
}
