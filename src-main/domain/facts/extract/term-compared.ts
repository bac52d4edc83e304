/**
 * What something is compared with: "homeopathy is more effective than [placebo]", "a material
 * lighter than [aluminium]", "no better than [chance]". The standard of a comparison is a fact
 * worth a blank. Only a comparative adjective ("more/less ADJ", "ADJ-er", "better", "worse")
 * makes it one: "more than 100 people" counts, and "rather than" contrasts.
 */
import { nounPhraseEnd } from './clause-np';
import { low, wordCount } from './clause-tokens';
import type { Tokens } from './clause-tokens';
import type { TermCandidate } from './term-quoted';

const MAX_WORDS = 4;
const IRREGULAR = new Set(['better', 'worse', 'further', 'farther', 'less', 'more']);
/** Words in -er that are not comparatives. */
const NOT_COMPARATIVE = new Set(['other', 'former', 'latter', 'inner', 'outer', 'upper', 'under', 'over', 'never', 'ever', 'rather', 'sooner']);
const PRONOUNS = new Set(['PRON', 'NUM', 'DET']);

function isComparative(tokens: Tokens, k: number): boolean {
  const word = tokens[k];
  if (!word || word.pos !== 'ADJ' && word.pos !== 'ADV') return false;
  const text = low(word);
  if (['more', 'less'].includes(low(tokens[k - 1])) && word.pos === 'ADJ') return true;
  if (NOT_COMPARATIVE.has(text) || text === 'more' || text === 'less') return false;
  return IRREGULAR.has(text) || (word.pos === 'ADJ' && /[a-z]{2,}er$/.test(text));
}

/** The standard ends the comparison: a stop, a comma, or a preposition opening what it holds for. */
const closesPhrase = (tokens: Tokens, end: number): boolean => {
  const next = tokens[end];
  return next === undefined || next.pos === 'PUNCT' || next.pos === 'ADP' || next.pos === 'CCONJ';
};

export function comparedCandidates(tokens: Tokens, nested: readonly boolean[]): TermCandidate[] {
  const found: TermCandidate[] = [];
  tokens.forEach((token, k) => {
    if (nested[k] || low(token) !== 'than' || !isComparative(tokens, k - 1)) return;
    const first = tokens[k + 1];
    if (!first || PRONOUNS.has(first.pos) && !['a', 'an', 'the'].includes(low(first))) return;
    const end = nounPhraseEnd(tokens, k + 1);
    if (end === k + 1 || !closesPhrase(tokens, end) || wordCount(tokens, k + 1, end) > MAX_WORDS) return;
    if (tokens.slice(k + 1, end).some((t) => t.pos === 'NUM')) return;
    found.push({ term: { start: k + 1, end }, denotes: null, rule: 'term:compared-with' });
  });
  return found;
}
