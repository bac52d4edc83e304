/**
 * PersonFacts: a named person and the role or description the article gives them, from a title
 * before the name, an apposition after or before it, letters after it ("Tom Molomby, SC,"), or a
 * copular description in a biography. Descriptions are also asked the other way round (the answer
 * is the description, the affiliation, the related person or the office: see person-links.ts).
 * Roles that hang on a pronoun ("his then-girlfriend") or only name a relation ("wife") are left
 * out: out of context they would make a wrong or empty card.
 */
import { rolesOfMention, type RoleStatement } from '../../entities';
import { stableId } from '../../ids';
import type { Span } from '../../article/model';
import type { ExtractionContext, FactExtractor, Mention, SentenceAnalysis } from '../context';
import type { PersonFact } from '../model';
import { describedAnswer, officeAnswer, relationAnswers } from './person-links';
import { subjectPerson } from './person-subject';

const MAX_ROLE_WORDS = 14;

const RULES: Record<RoleStatement['kind'], string> = {
  title: 'person:title-before-name',
  apposition: 'person:apposition',
  'reverse-apposition': 'person:role-comma-name',
  copular: 'person:copular-description',
  'post-nominal': 'person:post-nominal',
};

const normalise = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

interface Draft {
  readonly mention: Mention;
  readonly answer: Span;
  readonly role: string;
  readonly roleSpan: Span;
  readonly rule: string;
}

/** All person facts of the article, by sentence index; one per (person, role, answer), first statement wins. */
const cache = new WeakMap<ExtractionContext, Map<number, PersonFact[]>>();

function articleFacts(context: ExtractionContext): Map<number, PersonFact[]> {
  const cached = cache.get(context);
  if (cached !== undefined) return cached;
  const bySentence = new Map<number, PersonFact[]>();
  const seen = new Set<string>();
  for (const analysis of context.sentences) {
    const facts: PersonFact[] = [];
    for (const draft of drafts(analysis, context)) {
      const answer = context.article.text.slice(draft.answer.start, draft.answer.end);
      const key = `${normalise(draft.mention.canonical)}\u241f${normalise(draft.role)}\u241f${normalise(answer)}`;
      if (seen.has(key) || draft.role.split(/\s+/).length > MAX_ROLE_WORDS) continue;
      seen.add(key);
      facts.push(personFact(analysis, draft, answer, context));
    }
    bySentence.set(analysis.sentence.index, facts);
  }
  cache.set(context, bySentence);
  return bySentence;
}

function drafts(analysis: SentenceAnalysis, context: ExtractionContext): Draft[] {
  const mentions = context.entities.mentionsIn(analysis.sentence.index);
  const out: Draft[] = [];
  const extra: Draft[] = [];
  for (const mention of mentions) {
    if (mention.type !== 'person') continue;
    for (const role of rolesOfMention(analysis.tokens, mention, context.article.text)) {
      if (!role.possessive && !role.relation) out.push({ mention, answer: mention.span, role: role.text, roleSpan: role.span, rule: RULES[role.kind] });
      const described = describedAnswer(analysis.tokens, role, mentions);
      if (described) extra.push({ mention, ...described });
    }
  }
  for (const related of relationAnswers(analysis, mentions)) if (related.person) extra.push({ mention: related.person, ...related });
  const office = officeAnswer(analysis.tokens);
  const holder = office && subjectPerson(analysis, context, office.subjectEnd);
  if (office && holder) extra.push({ mention: holder, answer: office.span, role: context.article.text.slice(office.span.start, office.span.end), roleSpan: office.span, rule: 'person:office' });
  return [...out, ...extra];
}

function personFact(analysis: SentenceAnalysis, draft: Draft, answer: string, context: ExtractionContext): PersonFact {
  const { sentence } = analysis;
  const { mention } = draft;
  const answersName = draft.answer.start === mention.span.start && draft.answer.end === mention.span.end;
  return {
    id: stableId('fact', 'person', sentence.text, mention.text, draft.role, ...(answersName ? [] : [answer])),
    kind: 'person',
    sentenceIndex: sentence.index,
    sentenceSpan: sentence.span,
    sentence: sentence.text,
    answerSpan: draft.answer,
    answer,
    aliases: answersName ? context.entities.aliasesOf(mention.canonical).filter((alias) => alias !== mention.text) : [],
    rule: draft.rule,
    name: mention.canonical,
    role: draft.role,
    roleSpan: draft.roleSpan,
  };
}

export const extractPersonFacts: FactExtractor = (analysis, context) => [...(articleFacts(context).get(analysis.sentence.index) ?? [])];
