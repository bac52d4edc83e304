/**
 * Where a sentence's main clause starts: after fronted phrases and clauses ("On Wednesday,",
 * "Meanwhile,", "While Sheinbaum has ruled out …,", "In the 1960s"), so its subject can be read.
 */
import { nounPhraseEnd, NOUN_PREPOSITIONS } from './clause-np';
import { isGerund, isPastForm, low } from './clause-tokens';
import type { Tokens } from './clause-tokens';
import { isFinite, verbGroupAt } from './clause-verb';
import { startsClause, SUBORDINATORS } from './clause';

const FRONTED_TAGS = new Set(['ADP', 'SCONJ', 'PART']);
// Prepositions wink may tag otherwise at the start of a sentence ("Due/PROPN to the strike, …").
const PHRASE_OPENERS = new Set(['due', 'owing', 'thanks', 'according', 'instead', 'despite', 'because', 'upon', 'unlike']);
const WH_WORDS = new Set(['when', 'where', 'whenever', 'wherever', 'how', 'why']);

export function commaAfter(tokens: Tokens, nested: readonly boolean[], from: number): number {
  for (let i = from; i < tokens.length; i += 1) if (tokens[i]?.text === ',' && !nested[i]) return i;
  return -1;
}

/** Index where the main clause's subject starts, after "On Wednesday,", "Meanwhile,", "In May, 1750". */
export function clauseStart(tokens: Tokens, nested: readonly boolean[]): number {
  let s = 0;
  for (let round = 0; round < 4; round += 1) {
    const token = tokens[s];
    if (!token) return s;
    // "There she studied with …", "Then the crowd left …": a one-word adverbial before a clause.
    if (['there', 'here', 'then', 'now', 'together', 'soon'].includes(low(token)) && startsClause(tokens, s + 1)) {
      s += 1;
      continue;
    }
    if (token.pos === 'CCONJ') {
      s += 1;
      continue;
    }
    const opensClause = SUBORDINATORS.has(low(token)) || WH_WORDS.has(low(token)) || PHRASE_OPENERS.has(low(token));
    if (token.pos === 'ADV' && !opensClause && !isFinite(verbGroupAt(tokens, s))) {
      s += tokens[s + 1]?.text === ',' ? 2 : 1;
      continue;
    }
    const comma = commaAfter(tokens, nested, s);
    const fronted = FRONTED_TAGS.has(token.pos) || opensClause || isGerund(token) || token.entity === 'DATE' || (token.pos === 'VERB' && isPastForm(token));
    if (fronted && comma > s && comma - s <= 30) {
      s = comma + 1;
      continue;
    }
    // "In the 1960s Hadid attended …", "After a brief period in Frankfurt the family moved …".
    if (token.pos === 'ADP') {
      // The object may swallow the subject ("In the 1960s Hadid"): try each split point.
      const objectEnd = nounPhraseEnd(tokens, s + 1, { prepositions: NOUN_PREPOSITIONS });
      let split = s + 2;
      while (split <= objectEnd && !startsClause(tokens, split)) split += 1;
      if (split <= objectEnd) {
        s = split;
        continue;
      }
    }
    if (token.entity === 'DATE') {
      while (tokens[s]?.entity === 'DATE' || tokens[s]?.entity === 'DURATION') s += 1;
      continue;
    }
    break;
  }
  // "In May, 1750 he was elected": the year left over from a split date.
  if (tokens[s]?.pos === 'NUM' && /^\d{4}$/.test(tokens[s]?.text ?? '') && !isFinite(verbGroupAt(tokens, s + 1))) s += 1;
  return s;
}
