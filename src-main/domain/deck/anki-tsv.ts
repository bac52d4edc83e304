/**
 * Anki's tab-separated import format (Front, Back, Source, Tags), for the deck CLI and the app's
 * export. Written by hand: the format is a header of `#key:value` lines and one line per card,
 * and Anki reads a field in double quotes as quoted, which a general CSV writer would not know.
 */
import type { Question } from '../questions/model';

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

/** The questions as Anki imports them: a header naming the columns, then one card per line. */
export function questionsTsv(questions: readonly Question[]): string {
  const header = ['#separator:tab', '#html:false', '#columns:Front\tBack\tSource\tTags'];
  const rows = questions.map((q) => [front(q), q.answer, q.sentence, `factdeck ${q.format} ${q.factKind}`].map(field).join('\t'));
  return `${[...header, ...rows].join('\n')}\n`;
}
