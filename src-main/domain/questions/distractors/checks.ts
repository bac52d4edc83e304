/**
 * The two checks every distractor and every "false" statement must pass: the candidate is not
 * another name for the answer, and the article does not state the candidate as true in the same
 * slot (Canada's "seven" cartels must not become a false statement about the US's "eight").
 */
import type { Fact } from '../../facts/model';
import { numbersEqual, parseNumberExpression } from '../../numbers';
import type { QuestionContext } from '../context';
import { containsPhrase, contentWords, normalizeAnswer, normalizeText } from '../text/normalize';

export function isAliasOf(context: QuestionContext, answer: string, aliases: readonly string[], candidate: string): boolean {
  if (normalizeAnswer(candidate) === '') return true;
  for (const name of [answer, ...aliases, ...context.entities.aliasesOf(answer)]) {
    if (normalizeAnswer(name) === '') continue;
    if (context.entities.sameEntity(name, candidate)) return true;
    if (containsPhrase(candidate, name) || containsPhrase(name, candidate)) return true;
  }
  return false;
}

/** Per context: facts by normalised answer (and numeric value), sentence words, normalised text. */
interface SlotIndex {
  readonly byAnswer: Map<string, Fact[]>;
  readonly byValue: Map<number, Fact[]>;
  readonly words: WeakMap<Fact, Set<string>>;
  /** Normalised sentences, and for each word the sentences that hold it. */
  readonly sentences: readonly string[];
  readonly postings: Map<string, number[]>;
  /** For each sentence, the first sentence with the same normalised text (a repeat needs no second look). */
  readonly firstOf: readonly number[];
  readonly sortedValues: number[];
  /** Content words of each slot, computed once for all the candidates tried in it. */
  readonly slotWords: Map<string, string[]>;
}

const indexes = new WeakMap<QuestionContext, SlotIndex>();

function push<K>(map: Map<K, Fact[]>, key: K, fact: Fact): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [fact]);
  else if (!list.includes(fact)) list.push(fact);
}

function slotIndex(context: QuestionContext): SlotIndex {
  const cached = indexes.get(context);
  if (cached !== undefined) return cached;
  const sentences = [...context.analyses.values()].map((analysis) => normalizeText(analysis.sentence.text));
  const first = new Map<string, number>();
  const firstOf = sentences.map((sentence, i) => first.get(sentence) ?? (first.set(sentence, i), i));
  const postings = new Map<string, number[]>();
  sentences.forEach((sentence, i) => {
    for (const word of new Set(sentence.split(' '))) {
      const list = postings.get(word);
      if (list === undefined) postings.set(word, [i]);
      else list.push(i);
    }
  });
  const index: SlotIndex = { byAnswer: new Map(), byValue: new Map(), words: new WeakMap(), sentences, postings, firstOf, sortedValues: [], slotWords: new Map() };
  for (const fact of context.facts) {
    for (const answer of [fact.answer, ...fact.aliases]) {
      push(index.byAnswer, normalizeAnswer(answer), fact);
      const value = parseNumberExpression(answer)?.value;
      if (value !== undefined) push(index.byValue, value, fact);
    }
  }
  index.sortedValues.push(...[...index.byValue.keys()].sort((a, b) => a - b));
  indexes.set(context, index);
  return index;
}

/** Words shared with another fact's sentence that make it "the same slot". */
function sameSlot(index: SlotIndex, statementWords: ReadonlySet<string>, other: Fact): boolean {
  let otherWords = index.words.get(other);
  if (otherWords === undefined) {
    otherWords = new Set(contentWords(other.sentence));
    index.words.set(other, otherWords);
  }
  let shared = 0;
  for (const word of statementWords) if (otherWords.has(word)) shared += 1;
  return shared >= Math.max(2, Math.ceil(statementWords.size * 0.25));
}

/** The slot of the statement: the comma-delimited chunk of the sentence around the answer. */
export function slotText(sentence: string, answerStart: number, answerEnd: number): string {
  const before = sentence.slice(0, Math.max(0, answerStart));
  const after = sentence.slice(Math.max(answerStart, answerEnd));
  const start = Math.max(...[',', ';', ':', '—', '(', ')'].map((mark) => before.lastIndexOf(mark))) + 1;
  const ends = [',', ';', ':', '—', '(', ')'].map((mark) => after.indexOf(mark)).filter((i) => i >= 0);
  const end = ends.length > 0 ? Math.min(...ends) : after.length;
  return sentence.slice(start, Math.max(answerEnd, answerStart) + end);
}

/**
 * Would the candidate, put into `statement` (the passage around the answer), say something the
 * article states as true? Another fact of the same kind with the candidate as its answer and a
 * sentence sharing the slot's content words is the same slot; so is the article's own text.
 */
export function statedAsTrue(context: QuestionContext, fact: Fact, candidate: string, statement: string, slot: string): boolean {
  const index = slotIndex(context);
  let slotWords = index.slotWords.get(slot);
  if (slotWords === undefined) index.slotWords.set(slot, (slotWords = contentWords(slot)));
  const words = new Set(slotWords);
  for (const word of contentWords(candidate)) words.delete(word);
  const value = parseNumberExpression(candidate)?.value;
  const lists = [index.byAnswer.get(normalizeAnswer(candidate)) ?? []];
  if (value !== undefined && fact.kind === 'number') {
    const ratio = fact.tolerance.kind === 'relative' ? fact.tolerance.ratio : 0;
    for (const known of valuesBetween(index, value - Math.abs(value) * ratio, value + Math.abs(value) * ratio)) {
      if (numbersEqual(known, value, fact.tolerance)) lists.push(index.byValue.get(known) ?? []);
    }
  }
  for (const list of lists) {
    for (const group of sentenceGroups(list)) {
      if (group.kind !== fact.kind || !group.facts.some((other) => other.id !== fact.id)) continue;
      if (sameSlot(index, words, group.facts[0] as Fact)) return true;
    }
  }
  return writtenInArticle(index, statement);
}

/**
 * A list of facts (one answer's or one value's) grouped by kind and sentence text: facts of one
 * sentence share their content words, so one sameSlot check answers for all of them. The lists
 * are complete once the index is built, so the grouping is kept with them.
 */
interface SentenceGroup { readonly kind: Fact['kind']; readonly facts: Fact[] }
const groupsOf = new WeakMap<readonly Fact[], SentenceGroup[]>();

function sentenceGroups(list: readonly Fact[]): SentenceGroup[] {
  let groups = groupsOf.get(list);
  if (groups === undefined) {
    const byKey = new Map<string, SentenceGroup>();
    for (const fact of list) {
      const key = `${fact.kind}\u241f${fact.sentence}`;
      const group = byKey.get(key);
      if (group === undefined) byKey.set(key, { kind: fact.kind, facts: [fact] });
      else group.facts.push(fact);
    }
    groupsOf.set(list, (groups = [...byKey.values()]));
  }
  return groups;
}

/** The known values within [low, high], by binary search over the sorted values. */
function valuesBetween(index: SlotIndex, low: number, high: number): number[] {
  const values = index.sortedValues;
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) < low - 1e-9) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < values.length && (values[i] as number) <= high + 1e-9; i += 1) out.push(values[i] as number);
  return out;
}

/** Is the statement written, word for word, in some sentence? Looked up through its rarest word. */
function writtenInArticle(index: SlotIndex, statement: string): boolean {
  const normal = normalizeText(statement);
  let rarest: number[] | undefined;
  for (const word of normal.split(' ')) {
    const list = index.postings.get(word) ?? [];
    // A word in no sentence: no sentence holds the statement.
    if (list.length === 0) return false;
    if (rarest === undefined || list.length < rarest.length) rarest = list;
  }
  // A repeated sentence is in the same postings as its first copy, which gives the same answer.
  return (rarest ?? []).some((i) => index.firstOf[i] === i && (index.sentences[i]?.includes(normal) ?? false));
}
