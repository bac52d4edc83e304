/**
 * Wh-phrases for numbers, by their form: "How many <counted>", "In what year", "In which century",
 * "What fraction of <noun phrase>", "By what percentage", "How much"; a hedge stays in front
 * ("Approximately how many lives …"). Ordinals and numbers used as modifiers get no question.
 */
import type { NumberFact } from '../../facts/model';
import type { Token } from '../../nlp/tokens';
import type { WhChooser } from '../text/ask';
import { renderRanges, type Range } from '../text/interrogative';
import { isDeterminerLike, nounPhraseEnd } from '../text/phrases';

const APPROXIMATE = /^(approximately|about|around|roughly|nearly|almost|some|an estimated|estimated|close to)$/i;
const COUNT_PREPOSITIONS = new Set(['for', 'by', 'within', 'after', 'in', 'during', 'over']);
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'by', 'until', 'before', 'after', 'from']);

export interface NumberAsk {
  readonly answer: Range;
  readonly wh: WhChooser;
}

const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Grow the answer leftwards over its hedge ("approximately", "an estimated"). */
function withQualifier(tokens: readonly Token[], fact: NumberFact, first: number): { start: number; hedge: string | null } {
  const qualifier = fact.qualifier?.trim() ?? '';
  if (qualifier !== '') {
    const n = qualifier.split(/\s+/).length;
    const before = tokens.slice(Math.max(0, first - n), first).map((t) => t.text).join(' ');
    if (before.toLowerCase() === qualifier.toLowerCase()) return { start: first - n, hedge: APPROXIMATE.test(qualifier) ? qualifier : null };
  }
  return { start: first, hedge: null };
}

export function numberAsk(text: string, tokens: readonly Token[], fact: NumberFact, range: Range): NumberAsk | null {
  const [first, last] = range;
  const { start, hedge } = withQualifier(tokens, fact, first);
  const lead = hedge !== null ? `${cap(hedge.toLowerCase())} how` : 'How';
  switch (fact.form) {
    case 'year':
      return { answer: [start, last], wh: (l) => (l.role === 'prepositional' && YEAR_PREPOSITIONS.has(l.preposition ?? '') ? { wh: `${cap(l.preposition ?? '')} what year` } : null) };
    case 'date':
      return { answer: [start, last], wh: (l) => (l.role === 'prepositional' && ['in', 'on'].includes(l.preposition ?? '') ? { wh: 'When' } : null) };
    case 'century':
      return { answer: [start, last], wh: (l) => (l.role === 'prepositional' && l.preposition === 'in' ? { wh: 'In which century' } : null) };
    case 'percent':
      return { answer: [start, last], wh: (l) => (l.role === 'prepositional' && l.preposition !== null && l.atClauseEnd ? { wh: `${cap(l.preposition)} what percentage` } : null) };
    case 'fraction':
      return fractionAsk(text, tokens, start, last);
    case 'ordinal':
      return null;
    default:
      return countAsk(text, tokens, fact, start, last, lead);
  }
}

/** "half its territory" / "a third of the voters" → "What fraction of its territory". */
function fractionAsk(text: string, tokens: readonly Token[], start: number, last: number): NumberAsk | null {
  let k = last + 1;
  if (tokens[k]?.text.toLowerCase() === 'of') k += 1;
  if (!isDeterminerLike(tokens[k])) return null;
  const end = nounPhraseEnd(tokens, k);
  if (end === k) return null;
  const whole = renderRanges(text, tokens, [[k, end]]);
  return { answer: [start, end], wh: (l) => (l.role === 'prepositional' ? null : { wh: `What fraction of ${whole}` }) };
}

function countAsk(text: string, tokens: readonly Token[], fact: NumberFact, start: number, last: number, lead: string): NumberAsk | null {
  if (start > 0 && isDeterminerLike(tokens[start - 1])) return null;
  const next = tokens[last + 1];
  if (fact.form === 'money' && (next === undefined || !['NOUN', 'ADJ'].includes(next.pos))) {
    return { answer: [start, last], wh: (l) => (l.role === 'prepositional' ? null : { wh: `${lead} much` }) };
  }
  if (next === undefined || next.text === '-' || !['NOUN', 'ADJ', 'PROPN'].includes(next.pos)) return null;
  const end = nounPhraseEnd(tokens, last + 1);
  if (!['NOUN', 'PROPN'].includes(tokens[end]?.pos ?? '')) return null;
  const counted = renderRanges(text, tokens, [[last + 1, end]]);
  const wh = `${lead} many ${counted}`;
  return {
    answer: [start, end],
    wh: (l) => {
      if (l.role === 'subject') return l.removed[0] === start ? { wh } : null;
      if (l.role === 'object') return { wh };
      const preposition = l.preposition ?? '';
      return COUNT_PREPOSITIONS.has(preposition) ? { wh: `${cap(preposition)} ${wh.charAt(0).toLowerCase()}${wh.slice(1)}` } : null;
    },
  };
}
