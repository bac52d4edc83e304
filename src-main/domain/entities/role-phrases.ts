/**
 * Roles before a name, found on tokens alone: a title ("Tech billionaire Elon Musk") or a role
 * and a comma ("a Scientology attorney, Kendrick Moxon"). Descriptions after a name are in
 * role-descriptions.ts.
 */
import type { Token } from '../nlp/tokens';
import { HONORIFICS, RELATION_NOUNS } from './gazetteer/roles';
import { joinedWordEndingAt, roleEndingAt } from './role-words';
import type { NameRun } from './runs';
import { isNameWord, isPunct, isTemporal, lower, POSSESSIVE_PRONOUNS } from './words';

export type RoleKind = 'title' | 'apposition' | 'reverse-apposition' | 'copular' | 'post-nominal';

export interface RolePhrase {
  readonly kind: RoleKind;
  /** Token positions of the role, inclusive. */
  readonly first: number;
  readonly last: number;
  /** The noun the description is about ("figure", "homeopath"), lower case; null for "of …". */
  readonly head: string | null;
  /** Starts with, or hangs on, a possessive pronoun ("his then-girlfriend", "Her former professor"). */
  readonly possessive: boolean;
  /** Only a family or personal relation ("wife", "father"): evidence of a person, no role. */
  readonly relation: boolean;
}

const MAX_MODIFIERS = 5;

/** Extends a role leftwards over its modifiers: "Russian suprematist | artist". */
function modifiersStart(tokens: readonly Token[], from: number): number {
  let start = from;
  for (let taken = 0; taken < MAX_MODIFIERS; taken += 1) {
    const token = tokens[start - 1];
    if (token === undefined || isTemporal(token)) break;
    const nominal = token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'ADJ' || isNameWord(token);
    const possessive = (token.text === "'s" || token.text === '’s') && tokens[start - 2]?.pos === 'PROPN';
    const hyphen = token.text === '-' && tokens[start - 2]?.end === token.start;
    if (!nominal && !possessive && !hyphen) break;
    start -= possessive || hyphen ? 2 : 1;
  }
  return start;
}

const hangsOnPossessive = (tokens: readonly Token[], first: number): boolean => POSSESSIVE_PRONOUNS.has(lower(tokens[first - 1]));

/** "Mexican President | Claudia Sheinbaum", "musician | Tiziano Lugli", "his wife | Manju Sam". */
export function titleBefore(tokens: readonly Token[], run: NameRun): RolePhrase | null {
  let end = run.coreFirst - 1;
  if (end < run.first) end = run.first - 1;
  while (end >= run.first && HONORIFICS.has(lower(tokens[end]))) end -= 1;
  if (end < 0) return null;
  const joined = joinedWordEndingAt(tokens, end);
  const relation = RELATION_NOUNS.has(joined.word) && end === run.first - 1;
  const roleStart = relation ? joined.start : roleEndingAt(tokens, end);
  if (roleStart === null) return null;
  const first = modifiersStart(tokens, Math.min(roleStart, run.first));
  return { kind: 'title', first, last: end, head: joined.word, possessive: hangsOnPossessive(tokens, first), relation };
}

/** "the President of France": a role whose "of" complement ends at `end`. */
function roleBeforeComplement(tokens: readonly Token[], end: number): number | null {
  let at = end;
  while (at > 0 && (isNameWord(tokens[at]) || lower(tokens[at]) === 'the')) at -= 1;
  return at < end && lower(tokens[at]) === 'of' ? roleEndingAt(tokens, at - 1) : null;
}

/** "the Crown prosecutor, Mark Tedeschi," / "a Scientology attorney, Kendrick Moxon." */
export function appositionBefore(tokens: readonly Token[], run: NameRun): RolePhrase | null {
  const after = tokens[run.coreLast + 1];
  if (!isPunct(tokens[run.first - 1], ',') || (after !== undefined && !isPunct(after, ',', '.', ')', ';'))) return null;
  const end = run.first - 2;
  const joined = joinedWordEndingAt(tokens, end);
  const relation = RELATION_NOUNS.has(joined.word);
  const roleStart = relation ? joined.start : (roleEndingAt(tokens, end) ?? roleBeforeComplement(tokens, end));
  if (roleStart === null) return null;
  const start = modifiersStart(tokens, roleStart);
  // "Germany's foreign minister, Annalena Baerbock": a named owner stands for the determiner.
  const owned = tokens.slice(start, roleStart).some((token) => token.text === "'s" || token.text === '’s');
  const determiner = tokens[start - 1];
  const possessive = POSSESSIVE_PRONOUNS.has(lower(determiner));
  if (!owned && !possessive && !['a', 'an', 'the'].includes(lower(determiner))) return null;
  return { kind: 'reverse-apposition', first: owned ? start : start - 1, last: end, head: joined.word, possessive, relation };
}
