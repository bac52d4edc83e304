/** List recall: "Name the 7 sanctioned groups: The sanctioned groups include _____." — the items are the answer. */
import type { Span } from '../../article/model';
import type { ListFact } from '../../facts/model';
import { tokenize } from '../../nlp/tokens';
import type { ListRecallQuestion } from '../model';
import { countWords } from '../text/normalize';
import { passageOf } from './passage';
import { BLANK, LIST_SEPARATORS, baseOf, relativeSpan } from './shared';

const MAX_ITEMS = 12;
/** Words between two items shown between their blanks ("musician _____ and actor _____") stay short. */
const MAX_GAP_WORDS = 6;

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

/**
 * Items with words of their own between them ("including musician A and actor B"; "A, B in the
 * US, and C in China") get a blank each, the words between shown: one blank over all would hide
 * them too. Null when only separators stand between the items and one blank is enough (`always`
 * false); '' when a gap is too long to show or the items' places are unknown.
 */
function blankItems(fact: ListFact, text: string, shift: number, always: boolean): string | null {
  const spans = fact.itemSpans.map((span) => relativeSpan(fact, span));
  if (spans.length !== fact.items.length || spans.some((span) => span === null)) return always ? '' : null;
  const at = (spans as Span[]).map((span) => ({ start: span.start + shift, end: span.end + shift }));
  const gaps = at.slice(1).map((span, i) => text.slice((at[i] as Span).end, span.start));
  if (!always && gaps.every((gap) => LIST_SEPARATORS.test(gap))) return null;
  if (gaps.some((gap) => countWords(gap) > MAX_GAP_WORDS || /[.;:!?()"“”]/.test(gap))) return '';
  let out = text.slice(0, (at[0] as Span).start);
  at.forEach((span, i) => {
    out += BLANK + (i < gaps.length ? gaps[i] : text.slice(span.end));
  });
  return out;
}

export function writeListRecall(fact: ListFact): ListRecallQuestion | null {
  const n = fact.items.length;
  if (n < 2 || n > MAX_ITEMS) return null;
  const relative = relativeSpan(fact);
  const passage = relative && passageOf(fact.sentence, relative);
  if (!passage) return null;
  const label = headLabel(fact.head);
  const named = isNounPhrase(label);
  // "Name the 3 light toys:" says what to recall; a bare "Name all 3:" before one blank does not
  // ("Name all 2: … seeking help from other _____."), so without a head each item gets its own blank.
  const blanked = blankItems(fact, passage.text, passage.answer.start - relative.start, !named) ?? passage.text.slice(0, passage.answer.start) + BLANK + passage.text.slice(passage.answer.end);
  if (blanked === '') return null;
  const lead = named ? `Name the ${n} ${label}` : `Name all ${n}`;
  return {
    ...baseOf(fact, 'list-recall', '', 'items'),
    format: 'list-recall',
    prompt: `${lead}: ${blanked}`,
    answer: fact.items.join('; '),
    items: fact.items,
  };
}
