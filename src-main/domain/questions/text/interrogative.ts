/**
 * Turns a clause into a wh-question: the asked-for constituent is removed and replaced by a
 * wh-phrase in front, with subject–auxiliary inversion or do-support
 * ("Washington designated eight cartels …" → "How many cartels did Washington designate …?").
 */
import type { Token } from '../../nlp/tokens';
import { looseFiniteVerb, type Clause } from './clause';
import { capitalize } from './normalize';

export type Range = readonly [number, number];

/** Past, 3rd-person present or plain present "do", from the verb's form and its lemma. */
export function doSupport(verb: Token): 'did' | 'does' | 'do' | null {
  const text = verb.text.toLowerCase();
  const lemma = verb.lemma.toLowerCase();
  // A past form the lemmatizer did not reduce ("co-founded") has no base form we can trust.
  if (text === lemma) return /ed$/.test(text) ? null : 'do';
  if (text === `${lemma}s` || text === `${lemma}es` || (lemma.endsWith('y') && text === `${lemma.slice(0, -1)}ies`)) return 'does';
  return 'did';
}

/** Source text of the token ranges, each as written, joined by one space; tidy punctuation. */
export function renderRanges(text: string, tokens: readonly Token[], ranges: readonly Range[]): string {
  const parts = ranges
    .filter(([a, b]) => b >= a)
    .map(([a, b]) => text.slice((tokens[a] as Token).start, (tokens[b] as Token).end));
  return tidy(parts.join(' '));
}

export function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;:.?!])/g, '$1')
    .replace(/([,;:])\s*([,;:?.!])/g, '$2')
    .replace(/^[\s,;:]+|[\s,;:]+$/g, '')
    .trim();
}

/** Ranges of [first, last] with the removed range taken out. */
export function without(first: number, last: number, removed: Range | null): Range[] {
  if (removed === null || removed[1] < first || removed[0] > last) return [[first, last]];
  return [
    [first, removed[0] - 1],
    [removed[1] + 1, last],
  ];
}

export interface AskOptions {
  /** The wh-phrase that opens the question ("How many Latin American drug cartels", "In what year"). */
  readonly wh: string;
  /** The constituent the wh-phrase stands for, removed from its place. */
  readonly removed: Range | null;
  /** The subject as it reads after the auxiliary (see frame.ts); required for a non-subject question. */
  readonly subject?: string | null;
  /** A preposition left at the end ("What has the US been using drones for?"). */
  readonly stranded?: string | null;
  /** "According to Mexico," for a claim. */
  readonly prefix?: string | null;
}

/** A question about a non-subject constituent: inversion with the first auxiliary, or do-support. */
export function askNonSubject(text: string, tokens: readonly Token[], clause: Clause, options: AskOptions): string | null {
  const { verbs } = clause;
  if (looseFiniteVerb(tokens, verbs.last + 1, clause.end)) return null;
  const restRanges = without(verbs.last + 1, clause.end, options.removed);
  const rest = renderRanges(text, tokens, restRanges);
  const subject = options.subject ?? renderRanges(text, tokens, [clause.subject]);
  const adverbs = verbs.first < (verbs.auxes[0] ?? verbs.verb ?? verbs.first) ? renderRanges(text, tokens, [[verbs.first, (verbs.auxes[0] ?? verbs.verb ?? verbs.first) - 1]]) : '';
  let head: string;
  let tail: string;
  const firstAux = verbs.auxes[0];
  const main = verbs.verb !== null ? (tokens[verbs.verb] as Token) : null;
  if (firstAux !== undefined && !(main === null && verbs.auxes.length === 1 && (tokens[firstAux] as Token).lemma === 'have')) {
    head = (tokens[firstAux] as Token).text.toLowerCase();
    tail = renderRanges(text, tokens, [[firstAux + 1, verbs.last]]);
  } else {
    const verbToken = main ?? (tokens[firstAux as number] as Token);
    const support = doSupport(verbToken);
    if (support === null) return null;
    head = support;
    tail = verbToken.lemma.toLowerCase();
  }
  const body = [options.wh, head, subject, adverbs, tail, rest, options.stranded ?? ''].filter((part) => part !== '').join(' ');
  return finish(options.prefix ?? null, body);
}

/** A question about the subject: the wh-phrase takes the subject's place, word order unchanged. */
export function askSubject(text: string, tokens: readonly Token[], clause: Clause, options: AskOptions): string | null {
  const rest = renderRanges(text, tokens, without(clause.verbs.first, clause.end, options.removed));
  return finish(options.prefix ?? null, `${options.wh} ${rest}`);
}

function finish(prefix: string | null, body: string): string | null {
  const question = tidy(body);
  if (question === '') return null;
  const sentence = prefix !== null ? `${prefix} ${question.charAt(0).toLowerCase()}${question.slice(1)}` : capitalize(question);
  return `${sentence.replace(/[.,;:!?]+$/, '')}?`;
}
