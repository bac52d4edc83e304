/**
 * "the country" as a question's subject names nothing on its own: it is replaced by the country the
 * text means, when exactly one fits — named earlier in the sentence or in the one before, and not
 * named again in the same clause ("the country lost half its territory to the US" is not the US).
 */
import { countryAliases } from '../../entities/gazetteer';
import type { EntityIndex } from '../../facts/context';
import type { Token } from '../../nlp/tokens';
import type { Clause } from './clause';

const DESCRIPTIONS = new Set(['country', 'nation']);

export interface DefiniteInput {
  readonly tokens: readonly Token[];
  readonly clause: Clause;
  readonly sentenceIndex: number;
  readonly entities: EntityIndex;
}

function isCountry(entities: EntityIndex, name: string): boolean {
  return countryAliases(entities.canonicalOf(name)).length > 0;
}

/** The country "the country" refers to, or null when it is not such a phrase or is ambiguous. */
export function resolveDescription(input: DefiniteInput, first: number, last: number): string | null {
  const { tokens, clause, entities, sentenceIndex } = input;
  if (last !== first + 1 || tokens[first]?.text.toLowerCase() !== 'the' || !DESCRIPTIONS.has(tokens[last]?.text.toLowerCase() ?? '')) return null;
  const at = (tokens[first] as Token).start;
  const clauseStart = (tokens[clause.start] as Token).start;
  const clauseEnd = (tokens[clause.end] as Token).end;
  const inClause = entities.mentionsIn(sentenceIndex).filter((m) => m.span.start >= clauseStart && m.span.end <= clauseEnd);
  const found: string[] = [];
  for (const index of [sentenceIndex - 1, sentenceIndex]) {
    if (index < 0) continue;
    for (const mention of entities.mentionsIn(index)) {
      if (index === sentenceIndex && mention.span.start >= at) continue;
      if (mention.type !== 'place' || !isCountry(entities, mention.canonical)) continue;
      if (inClause.some((m) => entities.sameEntity(m.canonical, mention.canonical))) continue;
      if (!found.some((name) => entities.sameEntity(name, mention.canonical))) found.push(entities.canonicalOf(mention.canonical));
    }
  }
  return found.length === 1 ? (found[0] ?? null) : null;
}
