/**
 * Finite verbs over wink's POS tags: which verb heads a clause (not an infinitive, gerund, compound
 * part or reduced relative), the verb group around it, and the verbs a question must not cross.
 */
import type { Token } from '../../nlp/tokens';

export interface VerbGroup {
  readonly first: number;
  readonly last: number;
  /** Auxiliaries in order ("has", "been"); empty for a simple verb. */
  readonly auxes: readonly number[];
  /** The main verb; null when an auxiliary is the main verb ("was a mathematician", "had two brothers"). */
  readonly verb: number | null;
}

const BOUNDARY = new Set([',', ';', ':', '—', '–', '--', '(', ')', '[', ']', '“', '”', '"', '«', '»', '.', '!', '?', '…']);
export const RELATIVE = new Set(['which', 'who', 'whom', 'whose']);

export const isBoundary = (token: Token | undefined): boolean => token !== undefined && BOUNDARY.has(token.text);

function endsInIng(token: Token): boolean {
  return /ing$/i.test(token.text);
}

/** A verb that heads a clause: not an infinitive, gerund, compound part or reduced relative. */
export function isFiniteVerb(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const previous = tokens[i - 1];
  if (token === undefined || token.pos !== 'VERB' || endsInIng(token)) return false;
  if (previous === undefined) return false;
  if (previous.text === '-' || tokens[i + 1]?.text === '-' || previous.text === 'to' || ['DET', 'ADJ', 'ADP', 'AUX'].includes(previous.pos)) return false;
  if (tokens[i + 1]?.text === 'by' && /ed$/i.test(token.text) && previous.pos === 'NOUN') return false;
  return true;
}

export function isFiniteAux(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  return token !== undefined && token.pos === 'AUX' && !endsInIng(token) && tokens[i - 1]?.text !== 'to' && token.lemma !== 'to';
}

export function findVerbGroup(tokens: readonly Token[], from: number, to: number): VerbGroup | null {
  for (let i = from; i <= to; i += 1) {
    if (isFiniteAux(tokens, i)) {
      const auxes = [i];
      let k = i + 1;
      while (k <= to && (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV' || /^(not|n't)$/i.test(tokens[k]?.text ?? ''))) {
        if (tokens[k]?.pos === 'AUX') auxes.push(k);
        k += 1;
      }
      const verb = k <= to && tokens[k]?.pos === 'VERB' ? k : null;
      return { first: leadingAdverbs(tokens, i, from), last: verb ?? (auxes[auxes.length - 1] as number), auxes, verb };
    }
    if (isFiniteVerb(tokens, i)) return { first: leadingAdverbs(tokens, i, from), last: i, auxes: [], verb: i };
  }
  return null;
}

function leadingAdverbs(tokens: readonly Token[], i: number, from: number): number {
  let first = i;
  while (first - 1 > from && tokens[first - 1]?.pos === 'ADV') first -= 1;
  return first;
}

const EMBEDDERS = new Set(['how', 'why', 'whether', 'what', 'where', 'when', 'if', 'that']);

/** "asked officials how such documents" (cut before its verb): an embedded clause left without a verb. */
export function danglingEmbed(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k += 1) {
    const token = tokens[k] as Token;
    const word = token.text.toLowerCase();
    // "that time" is a determiner; "that" before a verbless comma or clause is a complementizer.
    if (word === 'that' && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[k + 1]?.pos ?? '')) continue;
    if (EMBEDDERS.has(word) && findVerbGroup(tokens, k + 1, to) === null) return true;
  }
  return false;
}

/**
 * A finite verb in the rest of a clause that no conjunction, relative or "to" introduces: either a
 * clause without "that" ("told CBC News the department will …") or a participle read as a verb.
 * Moving a wh-phrase out of such a clause goes wrong, so the question is not written.
 */
export function looseFiniteVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k += 1) {
    const token = tokens[k] as Token;
    if (['SCONJ', 'CCONJ'].includes(token.pos) || RELATIVE.has(token.text.toLowerCase()) || token.text.toLowerCase() === 'that' || EMBEDDERS.has(token.text.toLowerCase())) return false;
    if (isFiniteAux(tokens, k) || isFiniteVerb(tokens, k)) return true;
  }
  return false;
}
