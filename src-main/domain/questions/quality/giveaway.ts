/**
 * Blanks the rest of the prompt gives away or garbles: a count whose items the sentence lists right
 * after it ("He had _____ brothers, Niklaus and Johann II."), a number coordinated with its neighbour
 * ("the 1930s and _____"), a name spelled out elsewhere in the prompt (a possessive "Daniel's", a
 * transliteration "Zahā Ḥadīd", an acronym "(IE9)"), a blank inside editorial brackets ("[_____] years
 * ago"), and a multiple choice on quoted words (the options are names, the answer is words).
 */
import type { Fact } from '../../facts/model';
import { parseNumberExpression } from '../../numbers';
import { BLANK } from '../formats/shared';
import type { Question } from '../model';
import { fail, type Gate } from './types';

const LIST_SPLIT = /\s*,\s*(?:and|or)\s+|\s*,\s*|\s+(?:and|or)\s+/;

/** The text after the answer in its sentence (for every view of the fact, true/false included). */
function after(fact: Fact): string {
  return fact.sentence.slice(fact.answerSpan.end - fact.sentenceSpan.start);
}

function before(fact: Fact): string {
  return fact.sentence.slice(0, Math.max(0, fact.answerSpan.start - fact.sentenceSpan.start));
}

/**
 * "two brothers, Niklaus and Johann II"; "two important technologies of the 20th century: the
 * carburetor and the airplane wing": the count's noun is followed by exactly that many items. After a
 * comma the noun must end the phrase ("Two years later, Anna and Marc met" is no list of years).
 */
export function countListed(fact: Fact): string | null {
  if (fact.kind !== 'number' || fact.value === null || !Number.isInteger(fact.value) || fact.value < 2 || fact.value > 12) return null;
  const match = /^[\s-]*((?:[\p{L}\p{N}'’-]+\s+){0,5}?[\p{L}\p{N}'’-]+)\s*([:,])\s*([^;:.!?"“”()]+)/u.exec(after(fact));
  if (match === null) return null;
  const head = match[1] ?? '';
  if (match[2] === ',' && !/\p{L}{2,}s$/u.test(head)) return null;
  const listed = (match[3] ?? '').trim();
  const items = listed.split(LIST_SPLIT).filter((item) => /\p{L}/u.test(item));
  return items.length === fact.value ? listed : null;
}

/** "in the 1930s and 1940s": a number coordinated with the next (or previous) value of its own form. */
export function coordinatedNeighbour(fact: Fact): boolean {
  if (fact.kind !== 'number' || fact.value === null) return false;
  const value = fact.value;
  const next = /^\s+(?:and|or|to|through)\s+(?:the\s+)?([\p{N}][\p{L}\p{N}]*)/u.exec(after(fact))?.[1];
  const previous = /(?:^|\s)([\p{N}][\p{L}\p{N}]*)\s+(?:and|or|to|through)\s+(?:the\s+)?$/u.exec(before(fact))?.[1];
  const step = /^\d{3}0s$/.test(fact.answer.trim()) ? 10 : 1;
  const near = (text: string | undefined): boolean => {
    const other = text === undefined ? undefined : parseNumberExpression(text)?.value;
    return other !== undefined && Math.abs(other - value) === step;
  };
  return near(next) || near(previous);
}

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

/** The answer's initials ("Internet Explorer 9" → "IE9"), or the words an acronym answer stands for. */
function acronymShown(answer: string, prompt: string): boolean {
  const words = answer.trim().split(/\s+/);
  if (words.length >= 2 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) {
    const initials = words.map((w) => (/^\p{N}+$/u.test(w) ? w : w.charAt(0))).join('');
    if (initials.length >= 2 && new RegExp(`(^|[^\\p{L}\\p{N}])${initials}([^\\p{L}\\p{N}]|$)`, 'u').test(prompt)) return true;
  }
  if (!/^\p{Lu}[\p{Lu}\p{N}]{1,5}$/u.test(answer.trim())) return false;
  const tokens = prompt.split(/[^\p{L}\p{N}]+/u).filter((t) => t !== '');
  for (let i = 0; i < tokens.length; i += 1) {
    let initials = '';
    for (let j = i; j < tokens.length && initials.length < answer.length; j += 1) {
      const token = tokens[j] as string;
      if (!/^[\p{Lu}\p{N}]/u.test(token)) break;
      initials += /^\p{N}+$/u.test(token) ? token : token.charAt(0);
      if (initials === answer.trim() && j > i) return true;
    }
  }
  return false;
}

/** "Daniel's equal … banned _____" → Daniel; "Dame _____ (Arabic: … Zahā Ḥadīd)" → Zaha Mohammad Hadid. */
export function nameShown(answer: string, prompt: string): boolean {
  const words = fold(answer).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2);
  if (words.length === 0 || !/^\p{Lu}/u.test(answer.trim())) return false;
  const shown = new Set(fold(prompt.split(BLANK).join(' ')).replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}]+/u));
  const ends = words.length === 1 ? words : [words[0] as string, words[words.length - 1] as string];
  return ends.every((w) => shown.has(w)) || acronymShown(answer, prompt);
}

/**
 * A statement that opens on a referent from an earlier sentence ("These four memoirs …", "Of course
 * this is proof …", "Two years later he …") cannot be read alone. ("Its goal is …" and "This was
 * followed by …" usually lean on the sentence before as well, but they are often the only question
 * on a sentence that matters, so they are left to the reader.)
 */
const DANGLING_OPENER = new RegExp(
  `^(?:(?:but|and|however),?\\s+)?(?:of course\\s+)?(?:these|those|this\\s+is\\b|(?:${BLANK}|[\\p{L}\\p{N}]+)\\s+(?:(?:years?|months?|days?|weeks?)\\s+)?later\\b)`,
  'iu',
);

export function opensOnEarlierReferent(prompt: string): boolean {
  return DANGLING_OPENER.test(prompt.trim());
}

const QUOTED_BLANK = new RegExp(`["“‘']${BLANK}["”’']`);

export const notGivenAway: Gate = (question: Question, _context, fact) => {
  if (question.format === 'matching') return null;
  // "[_____] years ago": an editor's bracket around a word of a quotation is no place for a blank.
  if (question.prompt.includes(`[${BLANK}]`)) return fail('blank inside editorial brackets');
  if (question.format === 'multiple-choice' && QUOTED_BLANK.test(question.prompt)) return fail('multiple choice on quoted words');
  if (question.format !== 'question-answer' && opensOnEarlierReferent(question.prompt)) return fail('opens on a referent from an earlier sentence');
  const statedTrue = question.format === 'true-false' && question.truth;
  // Only where the prompt shows the items: "How many brothers did he have?" is a fair question.
  const listed = fact === undefined || statedTrue ? null : countListed(fact);
  if (listed !== null && question.prompt.includes(listed)) return fail('the sentence lists the counted items');
  if (fact !== undefined && !statedTrue && coordinatedNeighbour(fact)) return fail('the number is next to its neighbour value');
  // "ROS [_____, the group …]" asks what a short form stands for: in a cloze that is the question itself.
  const glossed = question.format === 'cloze' && new RegExp(`[\\[(]${BLANK}`).test(question.prompt);
  if (question.format !== 'true-false' && question.prompt.includes(BLANK) && !glossed && nameShown(question.answer, question.prompt)) return fail('the name is spelled out in the prompt');
  return null;
};

/**
 * "What did the team use?", "What did Daniel study?": a what-question of a subject and a bare verb
 * says nothing the learner can tell one used or studied thing from another by; several are right.
 */
const BARE_WHAT = /^What\s+(?:did|does|do|has|have|had)\s+\S+(?:\s+\S+)?\s+(\p{L}+)\?$/u;
const PARTICLES = new Set(['for', 'in', 'on', 'at', 'to', 'with', 'about', 'of', 'from', 'up', 'out', 'off', 'by', 'into']);

export function underSpecified(prompt: string): boolean {
  const verb = BARE_WHAT.exec(prompt.trim())?.[1];
  return verb !== undefined && !PARTICLES.has(verb.toLowerCase());
}

export const specificQuestion: Gate = (question) =>
  (question.format === 'question-answer' || question.format === 'multiple-choice') && underSpecified(question.prompt) ? fail('question too bare to have one answer') : null;
