/**
 * Matching role words on tokens: single role nouns ("spokesperson", "President") and multi-word
 * titles ("Secretary of State", "prime minister"), compared in lower case.
 */
import type { Token } from '../nlp/tokens';
import { MULTIWORD_ROLES, ROLE_NOUNS } from './gazetteer/roles';
import { attached, lower } from './words';

/** The role's word as one string, joining hyphenated parts ("co-founder", "then-girlfriend"). */
export function joinedWordEndingAt(tokens: readonly Token[], at: number): { word: string; start: number } {
  let start = at;
  let word = lower(tokens[at]);
  while (tokens[start - 1]?.text === '-' && attached(tokens[start - 2], tokens[start - 1]) && attached(tokens[start - 1], tokens[start])) {
    word = `${lower(tokens[start - 2])}-${word}`;
    start -= 2;
  }
  return { word, start };
}

/**
 * When a role ends at token `at`, the position of its first token (never before `min`),
 * preferring the longest multi-word title; otherwise null.
 */
export function roleEndingAt(tokens: readonly Token[], at: number, min = 0): number | null {
  let best: number | null = null;
  for (const role of MULTIWORD_ROLES) {
    const start = at - role.length + 1;
    if (start < min || (best !== null && start >= best)) continue;
    if (role.every((word, offset) => lower(tokens[start + offset]) === word)) best = start;
  }
  if (best !== null) return best;
  const joined = joinedWordEndingAt(tokens, at);
  if (joined.start >= min && ROLE_NOUNS.has(joined.word)) return joined.start;
  return ROLE_NOUNS.has(lower(tokens[at])) ? at : null;
}
