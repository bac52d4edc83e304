/**
 * What the article says a person is, as exact text spans: the four role phrases of
 * role-phrases.ts, read around one name. Used for the index's people and for PersonFacts.
 */
import type { Span } from '../article/model';
import type { Mention } from '../facts/context';
import type { Token } from '../nlp/tokens';
import { appositionAfter, copularAfter, postNominalAfter } from './role-descriptions';
import { appositionBefore, titleBefore, type RoleKind } from './role-phrases';
import { findNameRuns, type NameRun } from './runs';
import { lower, POSSESSIVE_PRONOUNS } from './words';

export interface RoleStatement {
  readonly kind: RoleKind;
  readonly text: string;
  readonly span: Span;
  /** Hangs on a possessive pronoun ("Her former professor"): meaningless out of context. */
  readonly possessive: boolean;
  /** A family or personal relation only ("wife"). */
  readonly relation: boolean;
}

const EMPTY_WORDS = new Set(['a', 'an', 'the', 'this', 'that', 'one', ...POSSESSIVE_PRONOUNS, 'he', 'she', 'they', 'him', 'them']);

export function rolesOfRun(tokens: readonly Token[], run: NameRun, text: string): RoleStatement[] {
  const phrases = [titleBefore(tokens, run), appositionBefore(tokens, run), appositionAfter(tokens, run.coreLast), copularAfter(tokens, run.coreLast), postNominalAfter(tokens, run.coreLast)];
  const statements: RoleStatement[] = [];
  for (const phrase of phrases) {
    const first = tokens[phrase?.first ?? -1];
    const last = tokens[phrase?.last ?? -1];
    if (phrase === null || first === undefined || last === undefined) continue;
    const words = tokens.slice(phrase.first, phrase.last + 1).filter((token) => token.kind === 'word');
    // A role that is only a pronoun or a determiner says nothing.
    if (words.every((token) => EMPTY_WORDS.has(lower(token)))) continue;
    statements.push({
      kind: phrase.kind,
      text: text.slice(first.start, last.end),
      span: { start: first.start, end: last.end },
      possessive: phrase.possessive,
      relation: phrase.relation,
    });
  }
  return statements;
}

/** The roles stated around one mention of a person. */
export function rolesOfMention(tokens: readonly Token[], mention: Mention, text: string): RoleStatement[] {
  const run = findNameRuns(tokens).find((candidate) => candidate.coreFirst === mention.tokenRange[0]);
  const fallback: NameRun = {
    first: mention.tokenRange[0], last: mention.tokenRange[1], coreFirst: mention.tokenRange[0],
    coreLast: mention.tokenRange[1], titled: false, atStart: false,
  };
  return rolesOfRun(tokens, run ?? fallback, text);
}
