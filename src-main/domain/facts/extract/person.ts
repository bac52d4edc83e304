/**
 * PersonFacts: a named person and the role or description the article gives them, from a title
 * before the name, an apposition after or before it, or a copular description in a biography.
 * Roles that hang on a pronoun ("his then-girlfriend") or only name a relation ("wife") are
 * left out: out of context they would make a wrong or empty card.
 */
import { rolesOfMention, type RoleStatement } from '../../entities';
import { stableId } from '../../ids';
import type { ExtractionContext, FactExtractor, Mention, SentenceAnalysis } from '../context';
import type { PersonFact } from '../model';

const MAX_ROLE_WORDS = 14;

const RULES: Record<RoleStatement['kind'], string> = {
  title: 'person:title-before-name',
  apposition: 'person:apposition',
  'reverse-apposition': 'person:role-comma-name',
  copular: 'person:copular-description',
};

const normalise = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** All person facts of the article, by sentence index; one per (person, role), first statement wins. */
const cache = new WeakMap<ExtractionContext, Map<number, PersonFact[]>>();

function articleFacts(context: ExtractionContext): Map<number, PersonFact[]> {
  const cached = cache.get(context);
  if (cached !== undefined) return cached;
  const bySentence = new Map<number, PersonFact[]>();
  const seen = new Set<string>();
  for (const analysis of context.sentences) {
    const facts: PersonFact[] = [];
    for (const mention of context.entities.mentionsIn(analysis.sentence.index)) {
      if (mention.type !== 'person') continue;
      for (const role of rolesOfMention(analysis.tokens, mention, context.article.text)) {
        const key = `${normalise(mention.canonical)}\u241f${normalise(role.text)}`;
        if (!usable(role) || seen.has(key)) continue;
        seen.add(key);
        facts.push(personFact(analysis, mention, role, context));
      }
    }
    bySentence.set(analysis.sentence.index, facts);
  }
  cache.set(context, bySentence);
  return bySentence;
}

function usable(role: RoleStatement): boolean {
  return !role.possessive && !role.relation && role.text.split(/\s+/).length <= MAX_ROLE_WORDS;
}

function personFact(analysis: SentenceAnalysis, mention: Mention, role: RoleStatement, context: ExtractionContext): PersonFact {
  const { sentence } = analysis;
  return {
    id: stableId('fact', 'person', sentence.text, mention.text, role.text),
    kind: 'person',
    sentenceIndex: sentence.index,
    sentenceSpan: sentence.span,
    sentence: sentence.text,
    answerSpan: mention.span,
    answer: mention.text,
    aliases: context.entities.aliasesOf(mention.canonical).filter((alias) => alias !== mention.text),
    rule: RULES[role.kind],
    name: mention.canonical,
    role: role.text,
    roleSpan: role.span,
  };
}

export const extractPersonFacts: FactExtractor = (analysis, context) => [...(articleFacts(context).get(analysis.sentence.index) ?? [])];
