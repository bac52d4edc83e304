/**
 * Number distractors: plausible nearby values written exactly like the answer (words stay words,
 * "25-percent" stays "N-percent", a range stays a range, "approximately" and units are kept), never
 * equal to the answer within the fact's tolerance, and never 1 next to a plural (agreement).
 */
import { isBoundQualifier } from '../../facts/extract/number-qualifier';
import type { NumberFact } from '../../facts/model';
import { formatNumberLike, numbersEqual, parseNumberExpression, type NumberExpression } from '../../numbers';

export interface SplitNumber {
  readonly before: string;
  readonly core: string;
  readonly after: string;
  readonly expression: NumberExpression;
}

/** The longest run of words in the answer that reads as a number ("approximately [480,000]", "[30] hours"). */
export function splitNumber(answer: string): SplitNumber | null {
  const words = answer.trim().split(/\s+/);
  for (let size = words.length; size >= 1; size -= 1) {
    for (let i = 0; i + size <= words.length; i += 1) {
      const core = words.slice(i, i + size).join(' ');
      const expression = parseNumberExpression(core);
      if (expression !== null) {
        const before = words.slice(0, i).join(' ');
        const after = words.slice(i + size).join(' ');
        return { before: before === '' ? '' : `${before} `, core, after: after === '' ? '' : ` ${after}`, expression };
      }
    }
  }
  return null;
}

/** Rounds to the significant digits the original shows (480,000 → 2; 131 → 3). */
function roundLike(value: number, original: number): number {
  const digits = String(Math.abs(Math.round(original))).replace(/0+$/, '').length || 1;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(value) || 1)) + 1 - Math.min(digits, 3));
  return Math.round(value / magnitude) * magnitude;
}

function integerSteps(value: number): number[] {
  if (value <= 12) return [value + 1, value - 1, value + 2, value - 2, value + 3, value + 4];
  if (value < 100) {
    const step = value % 10 === 0 ? 10 : value % 5 === 0 ? 5 : Math.max(2, Math.round(value * 0.15));
    return [value + step, value - step, value + 2 * step, value - 2 * step, value + 3 * step];
  }
  return [0.5, 2, 0.75, 1.5, 3, 0.25].map((factor) => roundLike(value * factor, value));
}

/** "the 20th century" never gets a future century; "2000 year old" is a length of time, not a calendar year. */
function formIn(expression: NumberExpression, following: string): NumberExpression['form'] {
  if (expression.form === 'ordinal' && /^\s*centur(y|ies)\b/i.test(following)) return 'century';
  if (expression.form === 'year' && /^[\s-]*years?\b/i.test(following)) return 'digits';
  return expression.form;
}

function candidateValues(expression: NumberExpression, following: string): Array<number | [number, number]> {
  const { value } = expression;
  const form = formIn(expression, following);
  switch (form) {
    case 'year':
      return [value - 2, value + 3, value - 5, value + 1, value - 10, value + 6];
    case 'century':
    case 'ordinal':
      return [value - 1, value + 1, value - 2, value + 2, value + 3].filter((v) => v >= 1 && (form === 'ordinal' || v <= 21));
    case 'percent':
      return (value < 10 ? [value + 2, value - 2, value + 5, value + 1] : [value + 5, value - 5, value + 10, value - 10, value + 15]).filter((v) => v > 0 && v <= 100);
    case 'fraction':
      return [1 / 3, 1 / 4, 2 / 3, 3 / 4, 1 / 2, 1 / 10].filter((v) => Math.abs(v - value) > 1e-6);
    case 'date': {
      const year = Math.floor(value / 10000);
      const rest = value % 10000;
      if (year > 0) return [-2, 3, -5, 1, 7].map((d) => (year + d) * 10000 + rest);
      const day = rest % 100;
      return [3, -4, 7, -8, 10].map((d) => rest - day + Math.min(28, Math.max(1, day + d))).filter((v) => v !== value);
    }
    case 'range': {
      const high = expression.valueMax ?? value;
      return [0.5, 2, 0.25, 3].map((f): [number, number] => [roundLike(value * f, value), roundLike(high * f, high)]);
    }
    default:
      return integerSteps(value).filter((v) => v > 0 && (value === 1 || v !== 1) && Number.isInteger(v) === Number.isInteger(value));
  }
}

function tooClose(candidate: number | [number, number], fact: NumberFact, expression: NumberExpression): boolean {
  const low = Array.isArray(candidate) ? candidate[0] : candidate;
  const high = Array.isArray(candidate) ? candidate[1] : candidate;
  const value = expression.value;
  const max = expression.valueMax ?? value;
  if (high >= value && low <= max) return true;
  const tolerance = fact.tolerance;
  // Twice the stated tolerance: a distractor must be clearly wrong, not arguably right.
  if (tolerance.kind === 'relative') return Math.abs(low - value) <= 2 * tolerance.ratio * Math.abs(value);
  return numbersEqual(low, value, tolerance) || numbersEqual(high, max, tolerance);
}

export function numberDistractors(fact: NumberFact): string[] {
  if (fact.answer.trim() === '1' || /^(one|a|an)$/i.test(fact.answer.trim())) return [];
  if (isBoundQualifier(fact.qualifier)) return [];
  const split = splitNumber(fact.answer);
  if (split === null) return [];
  // "2010 and 2011": changing one of two numbers leaves the other as a giveaway ("2011 and 2011").
  if (/\d/.test(split.before + split.after)) return [];
  const following = fact.sentence.slice(fact.answerSpan.end - fact.sentenceSpan.start);
  // "the second lowest grade": "first lowest" is not English.
  const superlative = /^\s*(\w+est|most|least)\b/i.test(split.after === '' ? following : split.after);
  const out: string[] = [];
  // "a billion" gets "two billion", not "five hundred million": a scale word stays, as a whole multiple.
  const scale = /\b(thousand|million|billion|trillion)\b/i.exec(split.core)?.[1]?.toLowerCase();
  const values = scale !== undefined && split.expression.form !== 'range' ? [2, 3, 5, 10, 4, 0.5].map((f) => split.expression.value * f) : candidateValues(split.expression, split.after === '' ? following : split.after);
  for (const candidate of values) {
    if (tooClose(candidate, fact, split.expression)) continue;
    if (superlative && split.expression.form === 'ordinal' && candidate === 1) continue;
    const written = formatNumberLike(candidate, split.core);
    if (written === '' || parseNumberExpression(written) === null) continue;
    if (scale !== undefined && (!written.toLowerCase().includes(scale) || /hundred/i.test(written) !== /hundred/i.test(split.core))) continue;
    const text = `${split.before}${written}${split.after}`;
    if (!out.includes(text) && text !== fact.answer) out.push(text);
  }
  return out;
}
