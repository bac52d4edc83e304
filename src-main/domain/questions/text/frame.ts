/**
 * What a question must say besides the clause: who claims it ("According to Mexico, …") and who
 * "she" is. A claim stays a claim, and a question whose subject is an unresolved pronoun has no
 * subject, so both either get fixed here or the question is not written.
 */
import type { EntityIndex } from '../../facts/context';
import type { Token } from '../../nlp/tokens';
import { clauseAround, type Clause } from './clause';
import { resolveDescription } from './definite';
import { isTitle } from '../formats/qa-person';
import { renderRanges } from './interrogative';

const REPORTING = new Set(
  ('say tell state argue claim confirm report indicate suggest believe think insist assert allege add ' +
    'announce deny warn explain note write estimate predict maintain contend acknowledge admit declare reveal show find').split(' '),
);

export interface Frame {
  readonly prefix: string | null;
  /** The subject as it reads after the auxiliary (resolved, de-capitalised); null when asked for. */
  readonly subject: string | null;
}

export interface FrameInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly clause: Clause;
  readonly sentenceIndex: number;
  readonly entities: EntityIndex;
  /** The subject is being asked for, so it needs no resolving. */
  readonly askingSubject: boolean;
}

/** Inside quotation marks: an odd number of double quotes before the clause. */
function insideQuotes(tokens: readonly Token[], at: number): boolean {
  let open = false;
  for (let k = 0; k < at; k += 1) {
    const t = tokens[k]?.text;
    if (t === '“') open = true;
    else if (t === '”') open = false;
    else if (t === '"') open = !open;
  }
  return open;
}

function holderOf(input: FrameInput): string | null | undefined {
  const { tokens, clause, text } = input;
  if (clause.opener === null) return undefined;
  const opener = tokens[clause.opener] as Token;
  if (opener.text.toLowerCase() !== 'that' || opener.pos !== 'SCONJ') return undefined;
  const matrix = clauseAround(tokens, clause.opener - 1, clause.opener - 1);
  if (matrix === null) return null;
  const verb = tokens[matrix.verbs.verb ?? matrix.verbs.last] as Token;
  if (!REPORTING.has(verb.lemma.toLowerCase())) return undefined;
  const subject = tokens.slice(matrix.subject[0], matrix.subject[1] + 1);
  if (subject.some((t) => t.pos === 'PRON')) return null;
  return phraseAsWritten(input, matrix.subject[0], matrix.subject[1]);
}

/**
 * A phrase moved out of first position loses a capital that only marked the sentence start
 * ("Reports from The New York Times" → "reports from The New York Times"); names keep theirs.
 */
export function phraseAsWritten(input: Pick<FrameInput, 'text' | 'tokens' | 'sentenceIndex' | 'entities'>, first: number, last: number): string {
  const raw = renderRanges(input.text, input.tokens, [[first, last]]);
  const head = input.tokens[first] as Token;
  const sentenceInitial = first === 0 || /^[“"‘(:]$/.test(input.tokens[first - 1]?.text ?? '');
  if (!sentenceInitial || !/^[A-Z][a-z]/.test(head.text) || head.text === 'I') return raw;
  const named = input.entities.mentionsIn(input.sentenceIndex).some((m) => m.span.start <= head.start && head.end <= m.span.end);
  // "Mexican President Claudia Sheinbaum": a capital followed by capitals is a name or title.
  const nameLike = head.pos === 'PROPN' && /^[A-Z]/.test(input.tokens[first + 1]?.text ?? '');
  return named || nameLike ? raw : raw.charAt(0).toLowerCase() + raw.slice(1);
}

const LOOK_BACK = 2000;
const LEAD_WORDS = /^(the|a|an|his|her|their|its|former|then|late)$/;

/**
 * Only a person named as a subject (at the start of a sentence, after nothing but names, titles
 * and "the") is a safe antecedent: "He was a friend of Leonhard Euler. He went to …" is not Euler.
 */
function subjectMention(text: string, sentenceStart: number, start: number): boolean {
  const lead = text.slice(sentenceStart, start).split(/\s+/).filter((w) => w !== '');
  return lead.length <= 4 && lead.every((word) => /^\p{Lu}/u.test(word) || LEAD_WORDS.test(word) || isTitle(word.replace(/[,]$/, '')));
}

function resolvePronoun(input: FrameInput, pronoun: Token): string | null {
  if (!/^(he|she)$/i.test(pronoun.text)) return null;
  const gender = /^she$/i.test(pronoun.text) ? 'female' : 'male';
  const genderOf = (input.entities as Partial<{ genderOf(name: string): string | null }>).genderOf;
  const candidates = new Set<string>();
  for (let index = Math.max(0, input.sentenceIndex - 1); index <= input.sentenceIndex; index += 1) {
    const sentenceStart = index === input.sentenceIndex ? (input.tokens[0]?.start ?? 0) : null;
    for (const mention of input.entities.mentionsIn(index)) {
      if (mention.type !== 'person') continue;
      if (index === input.sentenceIndex && mention.span.start >= pronoun.start) continue;
      const start = sentenceStart ?? firstMentionStart(input, index);
      if (start === null || !subjectMention(input.text, start, mention.span.start)) continue;
      const known = genderOf?.(mention.canonical) ?? null;
      if (known !== null && known !== gender) continue;
      candidates.add(input.entities.canonicalOf(mention.canonical));
    }
  }
  return candidates.size === 1 ? ([...candidates][0] ?? null) : null;
}

/** Where the previous sentence starts: right after the end of the sentence before this one's text. */
function firstMentionStart(input: FrameInput, index: number): number | null {
  const here = input.tokens[0]?.start;
  if (here === undefined || index !== input.sentenceIndex - 1) return null;
  // A bounded look back: a whole-text slice per question would make long articles quadratic.
  const from = Math.max(0, here - LOOK_BACK);
  const before = input.text.slice(from, here).replace(/\s+$/, '');
  const end = Math.max(before.lastIndexOf('. ', before.length - 2), before.lastIndexOf('? ', before.length - 2), before.lastIndexOf('! ', before.length - 2), before.lastIndexOf('\n'));
  return end < 0 ? (from === 0 ? 0 : null) : from + end + 1;
}

/** The frame of a question about a clause, or null when the question would lack a subject or a source. */
export function frameOf(input: FrameInput): Frame | null {
  const { tokens, clause } = input;
  if (insideQuotes(tokens, clause.start)) return null;
  const holder = holderOf(input);
  if (holder === null) return null;
  const prefix = holder === undefined ? null : `According to ${holder},`;
  if (input.askingSubject) return { prefix, subject: null };
  const [first, last] = clause.subject;
  const head = tokens[first] as Token;
  if (head.pos !== 'PRON') return { prefix, subject: resolveDescription(input, first, last) ?? phraseAsWritten(input, first, last) };
  if (first !== last) {
    // "her administration": only the possessive is resolved.
    if (!/^(his|her)$/i.test(head.text)) return null;
    const owner = resolvePronoun(input, { ...head, text: head.text.toLowerCase() === 'his' ? 'he' : 'she' });
    if (owner === null) return null;
    return { prefix, subject: `${owner}’s ${renderRanges(input.text, tokens, [[first + 1, last]])}` };
  }
  const resolved = resolvePronoun(input, head);
  return resolved === null ? null : { prefix, subject: resolved };
}


/** "According to <holder>," for a claim's holder as the extractor gives it, de-capitalised like a subject. */
export function accordingTo(entities: EntityIndex, sentence: string, sentenceStart: number, sentenceIndex: number, holder: string): string {
  const named = entities.mentionsIn(sentenceIndex).some((m) => m.span.start === sentenceStart);
  const lower = sentence.startsWith(holder) && /^[A-Z][a-z]/.test(holder) && !named;
  return `According to ${lower ? holder.charAt(0).toLowerCase() + holder.slice(1) : holder},`;
}
