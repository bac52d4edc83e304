/**
 * Other ways to write a number fact's answer that a teacher would mark right: "8" for "eight",
 * "25%" for "25-percent", "480000" for "480,000", "6 October" for "October 6", "2 hours" for
 * "two" counting hours. Written with the library formatter so every alias parses back to the value.
 */
import type { NumberForm } from '../model';
import { formatNumberLike, numberToWords, ordinalSuffix, ordinalWord } from '../../numbers';
import type { NumberExpression } from '../../numbers';

function digitsOf(value: number): string[] {
  const plain = String(value);
  const grouped = formatNumberLike(value, '1,000');
  return Math.abs(value) >= 1000 ? [grouped, plain] : [plain];
}

function quantityAliases(answer: string, value: number, form: NumberForm): string[] {
  const aliases = digitsOf(value);
  const words = Number.isInteger(value) && value >= 0 && value <= 100 ? numberToWords(value) : null;
  if (words !== null) aliases.push(words);
  if (/\b(thousand|million|billion|trillion)\b/i.test(answer) || form === 'words') {
    const scale = value >= 1e12 ? 'trillion' : value >= 1e9 ? 'billion' : 'million';
    if (value >= 1e6) aliases.push(formatNumberLike(value, `1.2 ${scale}`));
  }
  if (/^an?\s/i.test(answer)) aliases.push(answer.replace(/^an?\s+/i, ''), answer.replace(/^an?\s+/i, '1 '));
  return aliases;
}

const DATE_LAYOUTS_WITH_YEAR = ['1 January 2000', 'January 1, 2000', '1 Jan 2000', 'Jan. 1, 2000'];
const DATE_LAYOUTS = ['1 January', 'January 1', 'Jan 1', 'Jan. 1', '1st January', 'January 1st'];

function dateAliases(expression: NumberExpression): string[] {
  const layouts = expression.date?.day === null ? ['January 2000', 'Jan 2000'] : expression.date?.year === null ? DATE_LAYOUTS : DATE_LAYOUTS_WITH_YEAR;
  return layouts.map((layout) => formatNumberLike(expression.value, layout));
}

function rangeAliases(expression: NumberExpression): string[] {
  const low = expression.value;
  const high = expression.valueMax ?? low;
  const unit = expression.unit === '%' ? '%' : '';
  const mark = expression.unit !== undefined && expression.unit !== '%' ? expression.unit : '';
  const [lowText = '', highText = ''] = [low, high].map((v) => `${mark}${digitsOf(v)[0] ?? ''}${unit}`);
  const [lowPlain = '', highPlain = ''] = [low, high].map((v) => String(v));
  return [
    `${lowText}–${highText}`, `${lowText}-${highText}`, `${lowText} to ${highText}`, `between ${lowText} and ${highText}`,
    `${lowPlain} to ${highPlain}`, `${lowPlain}-${highPlain}`,
  ];
}

/** Aliases for the answer; `counted` is added to unit measures ("two hours", "131 pages"). */
export function numberAliases(
  answer: string,
  expression: NumberExpression,
  form: NumberForm,
  extra: { readonly qualifier: string | null; readonly unitCounted: string | null },
): string[] {
  const { value } = expression;
  let aliases: string[] = [];
  switch (form) {
    case 'percent':
      aliases = [`${value}%`, `${value} percent`, `${value} per cent`, String(value)];
      break;
    case 'money': {
      const mark = expression.unit ?? '$';
      aliases = digitsOf(value).flatMap((d) => [`${mark}${d}`, d, ...(mark.endsWith('$') ? [`$${d}`, `${d} dollars`] : [])]);
      break;
    }
    case 'range':
      aliases = rangeAliases(expression);
      break;
    case 'date':
      aliases = dateAliases(expression);
      break;
    case 'ordinal':
      aliases = [`${value}${ordinalSuffix(value)}`, ordinalWord(value) ?? ''];
      break;
    case 'century':
      aliases = [`${answer} century`, `${ordinalWord(value) ?? ''} century`, ordinalWord(value) ?? '', `${(value - 1) * 100}s`];
      break;
    case 'fraction':
      aliases = [formatNumberLike(value, 'one half'), formatNumberLike(value, '1/2'), formatNumberLike(value, 'a third')];
      break;
    case 'year':
      aliases = expression.unit === 'decade' ? [`the ${answer}`] : [];
      break;
    default:
      aliases = quantityAliases(answer, value, form);
  }
  const measured = extra.unitCounted === null ? [] : [answer, ...aliases].filter((a) => /^[\d\w,.-]+$/.test(a)).map((a) => `${a} ${extra.unitCounted}`);
  const hedged = extra.qualifier === null ? [] : [`${extra.qualifier} ${answer}`];
  const seen = new Set([answer.toLowerCase()]);
  return [...aliases, ...measured, ...hedged].filter((alias) => {
    const key = alias.toLowerCase().trim();
    if (key.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
