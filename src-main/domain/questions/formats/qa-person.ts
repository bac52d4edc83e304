/**
 * Questions about people and quotes: "Who is the <title>?", "What position does <name> hold?",
 * "Who said “…”?". A description that is not a title ("an influential figure") is only asked
 * through the clause it sits in, because "Who is an influential figure?" has many right answers.
 */
import type { PersonFact, QuoteFact } from '../../facts/model';
import type { QuestionContext } from '../context';
import { countWords, normalizeAnswer } from '../text/normalize';

const TITLES =
  /\b(president|prime minister|minister|secretary|chancellor|mayor|governor|senator|mp|spokes(person|man|woman)|ceo|chairman|chairwoman|chair|director|professor|judge|prosecutor|chief|king|queen|ambassador|leader|commissioner|editor|founder|manager|coach|captain|representative|attorney|general|lawyer|officer|head)\b/i;

export function isTitle(role: string): boolean {
  return TITLES.test(role);
}

/**
 * A role compared without its gendered form: "spokeswoman", "spokesman" and "spokesperson" are one
 * role, so two people holding them make "Who is the … spokesperson?" ambiguous.
 */
export function roleKey(role: string): string {
  return normalizeAnswer(role)
    .replace(/^(the|a|an) /, '')
    .replace(/\b([a-z]{3,}?)(?:wo)?(?:man|men|person|people)\b/g, '$1person');
}

/** The role as it reads after "the" ("Mexican President", "US Secretary of State"). */
function roleAfterThe(role: string): string {
  return role.trim().replace(/^(the|a|an)\s+/i, '');
}

/** Is the role unique to this person among the article's people (so "Who is the …?" has one answer)? */
function uniqueRole(context: QuestionContext, fact: PersonFact, key: (role: string) => string): boolean {
  const role = key(fact.role);
  return !context.entities.persons().some((person) => !context.entities.sameEntity(person.name, fact.name) && person.roles.some((r) => key(r) === role));
}

/** A "Who is the <role>?" stem whose role another person holds in another gendered form: multiple choice only. */
export const SHARED_ROLE_RULE = 'person-who-is-shared-title';

export function personPrompts(context: QuestionContext, fact: PersonFact): Array<{ variant: string; prompt: string; answer: string; answerSpan: { start: number; end: number }; rule: string }> {
  const out: Array<{ variant: string; prompt: string; answer: string; answerSpan: { start: number; end: number }; rule: string }> = [];
  const role = roleAfterThe(fact.role);
  if (role === '' || countWords(role) > 8) return out;
  // A bare title ("Who is the General?") names no one outside the article: the role must carry
  // what it is of ("Mexican President", "Microsoft spokesperson").
  if (isTitle(role) && countWords(role) >= 2 && uniqueRole(context, fact, normalizeAnswer)) {
    // "Who is the spokesperson?" has two answers when another person is the spokeswoman: it is only
    // asked with choices that leave the other out (see SHARED_ROLE_RULE).
    const rule = uniqueRole(context, fact, roleKey) ? 'person-who-is-title' : SHARED_ROLE_RULE;
    out.push({ variant: 'who-is', prompt: `Who is the ${role}?`, answer: fact.answer, answerSpan: fact.answerSpan, rule });
    out.push({ variant: 'role', prompt: `What position does ${fact.name} hold?`, answer: fact.role, answerSpan: fact.roleSpan, rule: 'person-position' });
  }
  return out;
}

const MAX_QUOTE_WORDS = 24;

/** A shortened quote must not stop inside brackets: cut before an unclosed one. */
export function closedPrefix(text: string): string {
  let cut = text;
  for (const [open, close] of [['(', ')'], ['[', ']']] as const) {
    const opened = cut.lastIndexOf(open);
    if (opened >= 0 && cut.indexOf(close, opened) < 0) cut = cut.slice(0, opened).trimEnd();
  }
  return cut;
}

/** "Who said “…”?" — the quote shortened at a word boundary when long. */
export function quotePrompt(fact: QuoteFact): string | null {
  const quote = fact.quote.trim().replace(/[,.;:]+$/, '');
  if (quote === '' || /[“”"]/.test(quote)) return null;
  const words = quote.split(/\s+/);
  const shown = words.length > MAX_QUOTE_WORDS ? `${closedPrefix(words.slice(0, MAX_QUOTE_WORDS).join(' ')).replace(/[,;:—–-]+$/, '')} …` : quote;
  return `Who said “${shown}”?`;
}

/** Is the fact's answer the speaker (not words inside the quote)? */
export function answerIsSpeaker(fact: QuoteFact): boolean {
  const inside = fact.answerSpan.start >= fact.quoteSpan.start && fact.answerSpan.end <= fact.quoteSpan.end;
  return !inside && normalizeAnswer(fact.answer) !== normalizeAnswer(fact.quote);
}
