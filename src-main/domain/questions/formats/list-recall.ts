/** List recall: "Name the 7 sanctioned groups: The sanctioned groups include _____." — the items are the answer. */
import type { ListFact } from '../../facts/model';
import { tokenize } from '../../nlp/tokens';
import type { ListRecallQuestion } from '../model';
import { passageOf } from './passage';
import { BLANK, baseOf, relativeSpan } from './shared';

const MAX_ITEMS = 12;

/** The head without its article and without a count already in it ("the two technologies" → "technologies"). */
function headLabel(head: string): string {
  return head
    .trim()
    .replace(/^(the|these|those|its|their|his|her)\s+/i, '')
    .replace(/^(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+/i, '')
    .replace(/[.,;:]+$/, '');
}

/** "sanctioned groups" reads after "Name the 7"; "Daniel studied medicine at" does not. */
function isNounPhrase(label: string): boolean {
  const tokens = tokenize(label);
  const last = tokens[tokens.length - 1];
  return tokens.length > 0 && tokens.length <= 6 && (last?.pos === 'NOUN' || last?.pos === 'PROPN') && tokens.every((t) => ['NOUN', 'PROPN', 'ADJ', 'NUM', 'VERB'].includes(t.pos) && !(t.pos === 'VERB' && !/(ed|ing)$/.test(t.text)));
}

export function writeListRecall(fact: ListFact): ListRecallQuestion | null {
  const n = fact.items.length;
  if (n < 2 || n > MAX_ITEMS) return null;
  const relative = relativeSpan(fact);
  const passage = relative && passageOf(fact.sentence, relative);
  if (!passage) return null;
  const blanked = passage.text.slice(0, passage.answer.start) + BLANK + passage.text.slice(passage.answer.end);
  const label = headLabel(fact.head);
  const lead = isNounPhrase(label) ? `Name the ${n} ${label}` : `Name all ${n}`;
  return {
    ...baseOf(fact, 'list-recall', '', 'items'),
    format: 'list-recall',
    prompt: `${lead}: ${blanked}`,
    answer: fact.items.join('; '),
    items: fact.items,
  };
}
