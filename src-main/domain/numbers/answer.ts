/**
 * `parseAnswerNumber`: what a learner types into a numeric answer box ("8", "eight", "480k",
 * "1.2 million", "25 %", "200000-750000", "about 480,000", "30 hours") read as a value or a range.
 * More forgiving than the article parser: hedges, units after the number and spaced thousands
 * are allowed, because a learner's "nine months" means nine.
 */
import type { NumberValue } from './compare';
import { normalizeNumberText, parseNumberExpression } from './parse';
import { parsePlain } from './quantity';

const HEDGE = /^(?:approximately|approx\.?|about|around|roughly|nearly|almost|some|an estimated|estimated|over|more than|less than|fewer than|at least|up to|just over|just under|close to|c\.|ca\.|~|≈)\s*/i;

function readWhole(text: string): NumberValue | null {
  const parsed = parseNumberExpression(text);
  if (parsed !== null) return { value: parsed.value, valueMax: parsed.valueMax ?? null };
  // Learners type "1.2m" and "3bn" for millions and billions; in an answer box that is the only reading.
  const abbreviated = parsePlain(text, true);
  return abbreviated === null ? null : { value: abbreviated.value, valueMax: null };
}

export function parseAnswerNumber(input: string): NumberValue | null {
  const text = normalizeNumberText(input)
    .replace(/[.!?]+$/, '')
    .replace(HEDGE, '')
    .replace(/^(\d{1,3})((?: \d{3})+)(?=\D|$)/, (_m, head: string, rest: string) => head + rest.replace(/ /g, ''))
    .replace(/(\d)\s+(k)$/i, '$1$2');
  if (text.length === 0) return null;
  const whole = readWhole(text);
  if (whole !== null) return whole;
  // Drop trailing unit words one at a time: "nine months old" → "nine months" → "nine".
  let rest = text;
  for (let i = 0; i < 4; i += 1) {
    const cut = /^(.+?)[\s-]+[a-z]+\.?$/i.exec(rest);
    if (cut === null) return null;
    rest = cut[1] ?? '';
    const read = readWhole(rest);
    if (read !== null) return read;
  }
  return null;
}
