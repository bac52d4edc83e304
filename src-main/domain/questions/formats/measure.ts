/**
 * A measured number keeps its unit in a cloze: "he sat for the next [30 hours]", "a [2 km]
 * circumference", "their [nine-month-old] child". The unit words must follow the number in the
 * text and be the ones the fact says it counts; other words ("15 meter high") stay outside.
 */
import type { Span } from '../../article/model';
import type { NumberFact } from '../../facts/model';

const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century']);
const UNITS = new Set([
  ...TIME_UNITS,
  ...'km kilometer kilometre meter metre m cm mm mile foot feet ft inch yard kg kilogram gram g pound lb ton tonne liter litre gallon acre hectare degree square cubic'.split(' '),
]);

const singular = (word: string): string => word.toLowerCase().replace(/(?<=[a-z]{2})s$/, '');

export function measureSpan(fact: NumberFact, text: string): Span | null {
  const counted = (fact.counted ?? '').split(/\s+/).filter((w) => w !== '');
  let end = fact.answerSpan.end;
  let previous = '';
  for (const wanted of counted) {
    const match = /^[\s-]([A-Za-z²]+)/.exec(text.slice(end, end + 40));
    const word = match?.[1];
    if (match === null || word === undefined || singular(word) !== singular(wanted)) break;
    const unit = UNITS.has(singular(word)) || (singular(word) === 'old' && TIME_UNITS.has(previous));
    if (!unit) break;
    previous = singular(word);
    end += match[0].length;
  }
  return end > fact.answerSpan.end ? { start: fact.answerSpan.start, end } : null;
}
