/**
 * Who an event is about: the subject of its clause, when a flashcard reader could know who is
 * meant. A named entity at the head of the subject wins ("Mexican President Claudia Sheinbaum" →
 * "Claudia Sheinbaum"); otherwise a definite, specific phrase ("The 131-page document",
 * "IE's various versions"). Pronouns, "the country"-style anaphora and indefinites are refused.
 */
import type { Span } from '../../article/model';
import type { Mention, SentenceAnalysis, EntityIndex } from '../context';
import { spanOf, textOf } from './clause';
import { INDEFINITE, low, POSSESSIVE_PRONOUNS } from './clause-tokens';

export interface Actor {
  /** As written in the sentence. */
  readonly answer: string;
  readonly answerSpan: Span;
  /** The fullest name of the same entity, or the answer itself. */
  readonly canonical: string;
  readonly aliases: readonly string[];
}

const INSTITUTIONS = new Set(['police', 'government', 'army', 'military', 'navy', 'court', 'jury', 'parliament', 'senate', 'congress', 'cabinet', 'prosecution', 'defence', 'defense']);
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those', 'such', 'other', 'same']);

/** Where the subject's head phrase ends: before "by the Trump administration", kept for "Secretary of State". */
function coreEnd(analysis: SentenceAnalysis, start: number, end: number): number {
  const { tokens } = analysis;
  for (let i = start + 1; i < end; i += 1) {
    const next = tokens[i + 1];
    if (tokens[i]?.pos === 'ADP' && next && (next.pos === 'DET' || next.pos === 'PRON' || /^[a-z]/.test(next.text))) return i;
    // "The station staff at Chiang Kai Shek Memorial Hall Station": a place after a common noun is not the head.
    if (tokens[i]?.pos === 'ADP' && low(tokens[i]) !== 'of' && tokens[i - 1]?.pos === 'NOUN' && /^[a-z]/.test(tokens[i - 1]?.text ?? '')) return i;
  }
  return end;
}

export function actorOf(analysis: SentenceAnalysis, entities: EntityIndex, subject: { start: number; end: number }): Actor | null {
  const { tokens } = analysis;
  const first = tokens[subject.start];
  if (!first || first.pos === 'PRON' || DEMONSTRATIVES.has(low(first))) return null;
  const end = coreEnd(analysis, subject.start, subject.end);
  const core = spanOf(analysis, subject.start, end);
  const head = headMention(entities.mentionsIn(analysis.sentence.index), core);
  if (head) {
    const canonical = entities.canonicalOf(head.canonical || head.text);
    return { answer: head.text, answerSpan: head.span, canonical, aliases: aliasesFor(entities, head.text, canonical) };
  }
  const words = tokens.slice(subject.start, end);
  if (INDEFINITE.has(low(first)) || POSSESSIVE_PRONOUNS.has(low(first))) return null;
  // A capitalised first word is tagged PROPN whatever it is ("Infected ants chose …").
  const named = words.some((t) => t.pos === 'PROPN' && t.index > 0);
  const definite = low(first) === 'the' || words.some((t) => t.pos === 'PART');
  // "the parents", "the country" are anaphora: only a modified definite phrase is specific enough.
  const specific = words.filter((t) => ['NOUN', 'PROPN', 'ADJ', 'NUM', 'VERB'].includes(t.pos)).length >= 2;
  // "Police arrested …", "the government announced …": institutions are specific on their own.
  const institution = words.length <= 2 && INSTITUTIONS.has(low(words[words.length - 1])) && (definite || words.length === 1);
  if (!named && !(definite && specific) && !institution) return null;
  const answer = textOf(analysis, subject.start, end);
  return { answer, answerSpan: core, canonical: answer, aliases: [] };
}

/** The name at the end of the subject's head phrase; nationalities ("Mexican") never head one. */
function headMention(mentions: readonly Mention[], core: Span): Mention | null {
  const inside = mentions.filter((m) => m.type !== 'nationality' && m.span.start >= core.start && m.span.end <= core.end);
  return inside.find((m) => m.span.end === core.end) ?? null;
}

function aliasesFor(entities: EntityIndex, answer: string, canonical: string): string[] {
  const all = [canonical, ...entities.aliasesOf(canonical)];
  return [...new Set(all)].filter((a) => a !== answer && a.trim() !== '');
}
