/**
 * Near-duplicate prompts within a format: with the same answer (token Jaccard ≥ 0.8) only the best is
 * kept; with different answers a prompt of the same words is ambiguous, and every copy goes. A
 * numeric view that repeats the stem of its fact's cloze or wh-question goes too.
 */
import type { Question } from '../model';
import { normalizeAnswer, words } from '../text/normalize';

export const NEAR_DUPLICATE = 0.8;

const better = (a: Question, b: Question): boolean => a.quality > b.quality || (a.quality === b.quality && a.id < b.id);

function groupBy(questions: readonly Question[], key: (q: Question) => string): Question[][] {
  const groups = new Map<string, Question[]>();
  for (const q of questions) {
    const k = key(q);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [q]);
    else group.push(q);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

function overlaps(a: Question, b: Question): boolean {
  const x = a.answerSpan;
  const y = b.answerSpan;
  return x !== undefined && y !== undefined && x.start < y.end && y.start < x.end;
}

const spanLength = (q: Question): number => (q.answerSpan === undefined ? 0 : q.answerSpan.end - q.answerSpan.start);

/** A fact's own cloze ("cloze/sentence", "cloze/clause") rather than one on a part of its answer. */
const ownCloze = (q: Question): boolean => q.rule === 'cloze/sentence' || q.rule === 'cloze/clause';

/** "he left sensitive documents": a blank that hides a clause with a pronoun for its subject. */
const pronounLed = (q: Question): boolean => /^(he|she|it|they|we|i|you)\b/i.test(q.answer.trim());

function outranks(a: Question, b: Question): boolean {
  if (a.quality !== b.quality) return a.quality > b.quality;
  if (pronounLed(a) !== pronounLed(b)) return pronounLed(b);
  if (spanLength(a) !== spanLength(b)) return spanLength(a) > spanLength(b);
  return a.id < b.id;
}

/** Word sets, computed once per question. */
function wordSets(questions: readonly Question[]): Map<string, Set<string>> {
  return new Map(questions.map((q) => [q.id, new Set(words(q.prompt))]));
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared || 1);
}

/** The longest word of a prompt: two prompts with Jaccard ≥ 0.8 almost always share it. */
function longestWord(set: Set<string>): string {
  let longest = '';
  for (const word of set) if (word.length > longest.length || (word.length === longest.length && word < longest)) longest = word;
  return longest;
}

/**
 * Reasons to drop, by question id. Only questions that could clash are compared (same format and
 * answer; large groups also by their longest word; same format and word set), so a long article
 * stays near linear rather than quadratic.
 */
export function duplicateReasons(questions: readonly Question[]): Map<string, string> {
  const reasons = new Map<string, string>();
  const sets = wordSets(questions);
  const set = (q: Question): Set<string> => sets.get(q.id) ?? new Set();
  const sameAnswer = groupBy(questions, (q) => `${q.format}\u241f${normalizeAnswer(q.answer)}`);
  const groups = sameAnswer.flatMap((group) => (group.length <= 200 ? [group] : groupBy(group, (q) => longestWord(set(q)))));
  for (const group of groups) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const a = group[i] as Question;
        const b = group[j] as Question;
        if (overlap(set(a), set(b)) < NEAR_DUPLICATE) continue;
        const [keep, drop] = better(a, b) ? [a, b] : [b, a];
        if (!reasons.has(keep.id)) reasons.set(drop.id, `near-duplicate of ${keep.id}`);
      }
    }
  }
  // A numeric view with the stem of its fact's cloze or wh-question asks the same thing again; the
  // grader reads a number typed into the cloze as a number, so the numeric copy goes.
  const asked = groupBy(questions.filter((q) => q.format === 'numeric' || q.format === 'cloze' || q.format === 'question-answer'), (q) => q.factId);
  for (const group of asked) {
    for (const numeric of group.filter((q) => q.format === 'numeric')) {
      const twin = group.find((q) => q.format !== 'numeric' && overlap(set(q), set(numeric)) >= NEAR_DUPLICATE);
      if (twin !== undefined) reasons.set(numeric.id, `same stem as ${twin.id}`);
    }
  }
  // A purpose or reason clause blanked, and again a part of it by another fact ("in search of
  // fentanyl labs" / "in search of _____"), asks the same words twice: the better stays; of two as
  // good, the longer blank (the whole clause). Other overlaps (a number inside a subject) are left.
  // A cloze on part of an answer (its object: "to build _____") is a view of its own and stays.
  for (const group of groupBy(questions.filter((q) => q.format === 'cloze' && q.answerSpan !== undefined && ownCloze(q)), (q) => String(q.sentenceIndex))) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const a = group[i] as Question;
        const b = group[j] as Question;
        if (!overlaps(a, b) || reasons.has(a.id) || reasons.has(b.id) || (a.factKind === 'cause') === (b.factKind === 'cause')) continue;
        const [keep, drop] = outranks(a, b) ? [a, b] : [b, a];
        reasons.set(drop.id, `blank overlaps ${keep.id}`);
      }
    }
  }
  const signature = (q: Question): string => [...set(q)].sort().join(' ');
  for (const group of groupBy(questions.filter((q) => q.format !== 'true-false'), (q) => `${q.format}\u241f${signature(q)}`)) {
    const answers = new Set(group.map((q) => normalizeAnswer(q.answer)));
    if (answers.size < 2) continue;
    for (const q of group) reasons.set(q.id, 'same prompt as another question with another answer');
  }
  return reasons;
}
