/** Noun-phrase extents over POS tags, for finding what a question removes and what it keeps. */
import type { Token } from '../../nlp/tokens';

const NP_INNER = new Set(['NUM', 'ADJ', 'NOUN', 'PROPN']);
const POSSESSIVE = /^['’]s$|^['’]$/;

function isInner(token: Token | undefined): boolean {
  if (token === undefined) return false;
  return NP_INNER.has(token.pos) || POSSESSIVE.test(token.text) || token.text === '-' || token.text === '&';
}

/** The last token of the noun phrase whose words run on from `from` (a noun, name or number). */
export function nounPhraseEnd(tokens: readonly Token[], from: number, limit = tokens.length - 1): number {
  let end = from;
  let k = from + 1;
  while (k <= limit && isInner(tokens[k])) {
    const token = tokens[k] as Token;
    if (token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'NUM') end = k;
    k += 1;
  }
  return end;
}

/** The first token of the noun phrase ending at `to`, over determiners, adjectives and possessives. */
export function nounPhraseStart(tokens: readonly Token[], to: number, floor = 0): number {
  let start = to;
  let k = to - 1;
  while (k >= floor) {
    const token = tokens[k] as Token;
    if (isInner(token) || token.pos === 'DET' || (token.pos === 'PRON' && /^(his|her|its|their|our|my|your)$/i.test(token.text))) {
      start = k;
      if (token.pos === 'DET') break;
      k -= 1;
    } else break;
  }
  return start;
}

export const isDeterminerLike = (token: Token | undefined): boolean =>
  token !== undefined && (token.pos === 'DET' || (token.pos === 'PRON' && /^(his|her|its|their|our|my|your)$/i.test(token.text)));

export const isPronoun = (token: Token | undefined): boolean => token !== undefined && token.pos === 'PRON';
