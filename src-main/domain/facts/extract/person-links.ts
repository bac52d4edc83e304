/**
 * Person facts whose answer is not the person's own name: the description itself ("Thomas Sam, a
 * practising homeopath," → "a practising homeopath"), the place a person belongs to ("Nick Bos,
 * of the University of Helsinki," → "University of Helsinki"), the person a relation names ("a son
 * of Johann Bernoulli", "under supervision of Prof. Patrizia d'Ettorre") and an office held ("He
 * served as minister of finance"). A relation fact names the related person and has no role of
 * its own (the relation describes somebody else), so it never enters people ↔ roles matching.
 */
import type { Span } from '../../article/model';
import type { RoleStatement } from '../../entities';
import type { Mention, SentenceAnalysis } from '../context';
import { nounPhraseEnd } from './clause-np';
import { low } from './clause-tokens';
import type { Tokens } from './clause-tokens';
import { isRoleNoun } from './term-roles';

export interface LinkedAnswer {
  readonly answer: Span;
  readonly role: string;
  readonly roleSpan: Span;
  readonly rule: string;
  /** The person the fact is about, when it is not the mention the role hangs on. */
  readonly person?: Mention;
}

const RELATION_WORDS = new Set([
  'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'husband', 'wife', 'nephew', 'niece', 'uncle', 'aunt', 'cousin',
  'grandson', 'granddaughter', 'grandfather', 'grandmother', 'friend', 'contemporary', 'student', 'pupil', 'disciple', 'protégé',
  'colleague', 'rival', 'successor', 'predecessor', 'supervision', 'guidance', 'direction', 'tutelage', 'widow', 'widower',
]);
const OFFICE_VERBS = new Set(['served', 'serves', 'serving', 'worked', 'works', 'acted', 'acts']);
const HONORIFIC = /^(prof|dr|mr|mrs|ms|sir|dame)\.?$/i;
const OF_LINKS = new Set(['of', 'for']);

const spanOfTokens = (tokens: Tokens, first: number, end: number): Span => ({ start: tokens[first]?.start ?? 0, end: tokens[end - 1]?.end ?? 0 });

/** What a description or affiliation next to a name can be asked for. */
export function describedAnswer(tokens: Tokens, role: RoleStatement, mentions: readonly Mention[]): LinkedAnswer | null {
  if (role.possessive || (role.kind !== 'copular' && role.kind !== 'apposition')) return null;
  const inside = mentions.filter((m) => m.span.start >= role.span.start && m.span.end <= role.span.end);
  const first = tokens.find((t) => t.start === role.span.start);
  if (low(first) === 'of') {
    // "of the University of Helsinki": the organisation is the answer.
    const place = inside.find((m) => m.type === 'organization' || m.type === 'place' || m.type === 'other');
    return place ? { answer: place.span, role: role.text, roleSpan: role.span, rule: 'person:affiliation' } : null;
  }
  // "a son of Johann Bernoulli" is left to the relation rule.
  if (inside.some((m) => m.type === 'person')) return null;
  return { answer: role.span, role: role.text, roleSpan: role.span, rule: `person:${role.kind}-role` };
}

/** "a nephew of Jacob Bernoulli", "a contemporary and close friend of Leonhard Euler", "under supervision of Prof. X". */
export function relationAnswers(analysis: SentenceAnalysis, mentions: readonly Mention[]): LinkedAnswer[] {
  const { tokens } = analysis;
  const found: LinkedAnswer[] = [];
  for (const mention of mentions) {
    if (mention.type !== 'person') continue;
    let k = mention.tokenRange[0] - 1;
    while (k > 0 && (HONORIFIC.test(tokens[k]?.text ?? '') || tokens[k]?.text === '.')) k -= 1;
    if (low(tokens[k]) !== 'of' || !RELATION_WORDS.has(low(tokens[k - 1]))) continue;
    let start = k - 1;
    while (start > 0 && ['ADJ', 'NOUN', 'CCONJ', 'DET'].includes(tokens[start - 1]?.pos ?? '') && k - start < 6) start -= 1;
    // No role of its own: an empty span where the relation starts ("a nephew of …").
    const at = tokens[start]?.start ?? mention.span.start;
    found.push({ answer: mention.span, role: '', roleSpan: { start: at, end: at }, rule: 'person:relation', person: mention });
  }
  return found;
}

/** "He served as minister of finance": the office after "served as", headed by a role noun. */
export function officeAnswer(tokens: Tokens): { span: Span; subjectEnd: number } | null {
  for (let k = 1; k < tokens.length - 2; k += 1) {
    if (!OFFICE_VERBS.has(low(tokens[k])) || low(tokens[k + 1]) !== 'as') continue;
    const end = nounPhraseEnd(tokens, k + 2, { prepositions: OF_LINKS });
    const head = tokens.slice(k + 2, end).find((t) => isRoleNoun(t));
    if (end > k + 2 && head) return { span: spanOfTokens(tokens, k + 2, end), subjectEnd: k };
  }
  return null;
}
