/**
 * Unquoted labels and classes: what something is described, characterised or called as ("has
 * been described as pseudoscience", "characterized homeopathy as a form of quackery"), and the
 * class an appositive puts it in ("Bernoulli's principle, a particular example of the
 * conservation of energy"). A description of a person ("described her as the most outstanding
 * pupil") is a role, not a term.
 */
import { nounPhraseEnd, nounPhraseStart } from './clause-np';
import { ARTICLES, isQuoteMark, low, wordCount } from './clause-tokens';
import type { Tokens } from './clause-tokens';
import type { TermCandidate } from './term-quoted';
import { isRoleNoun } from './term-roles';

export const DESCRIBING = new Set(['describe', 'characterize', 'characterise', 'call', 'label', 'dub', 'brand', 'denounce', 'classify', 'regard', 'consider', 'hail', 'criticize', 'criticise', 'dismiss', 'condemn']);
const CLASS_NOUNS = new Set(['form', 'kind', 'type', 'example', 'case', 'variety', 'branch', 'instance', 'sort', 'subset', 'part']);
const OF = new Set(['of']);
const MAX_WORDS = 5;

/** The verb a complement "as …" belongs to: "described by The Guardian as", "characterized homeopathy as". */
export function describingVerbBefore(tokens: Tokens, as: number): number {
  let k = as - 1;
  const objectStart = nounPhraseStart(tokens, as, OF);
  if (objectStart < as) k = objectStart - 1;
  // "described by The Guardian as": the phrase before "as" was the agent.
  if (low(tokens[k]) === 'by') k -= 1;
  const verb = tokens[k];
  return verb && verb.pos === 'VERB' && DESCRIBING.has(verb.lemma.toLowerCase()) ? k : -1;
}

/** "a form of quackery" → "quackery"; "pseudoscience" → itself; articles dropped. */
function classOrSelf(tokens: Tokens, start: number, end: number): { start: number; end: number } {
  let s = ARTICLES.has(low(tokens[start])) ? start + 1 : start;
  while (['ADJ'].includes(tokens[s]?.pos ?? '') && CLASS_NOUNS.has(low(tokens[s + 1]))) s += 1;
  if (CLASS_NOUNS.has(low(tokens[s])) && low(tokens[s + 1]) === 'of') s += 2;
  return { start: s, end };
}

export function labelCandidates(tokens: Tokens, nested: readonly boolean[]): TermCandidate[] {
  const found: TermCandidate[] = [];
  tokens.forEach((token, k) => {
    if (nested[k] || low(token) !== 'as' || isQuoteMark(tokens[k + 1]) || describingVerbBefore(tokens, k) < 0) return;
    const end = nounPhraseEnd(tokens, k + 1, { prepositions: OF });
    if (end === k + 1 || isRoleNoun(tokens[end - 1]) || !endsPhrase(tokens, end)) return;
    const term = classOrSelf(tokens, k + 1, end);
    if (term.end > term.start && wordCount(tokens, term.start, term.end) <= MAX_WORDS) found.push({ term, denotes: null, rule: 'term:described-as' });
  });
  return found;
}

/** ", a particular example of the conservation of energy": the class named by an appositive. */
export function classCandidates(tokens: Tokens, nested: readonly boolean[]): TermCandidate[] {
  const found: TermCandidate[] = [];
  tokens.forEach((token, k) => {
    if (nested[k] || !CLASS_NOUNS.has(low(token)) || low(tokens[k + 1]) !== 'of' || token.pos !== 'NOUN') return;
    let opener = k - 1;
    while (tokens[opener]?.pos === 'ADJ') opener -= 1;
    if (!['a', 'an'].includes(low(tokens[opener])) || ![',', 'is', 'are', 'was', 'as'].includes(low(tokens[opener - 1]))) return;
    const end = nounPhraseEnd(tokens, k + 2, { prepositions: OF });
    if (end === k + 2 || !endsPhrase(tokens, end) || wordCount(tokens, k + 2, end) > MAX_WORDS || isRoleNoun(tokens[end - 1])) return;
    const subjectEnd = tokens[opener - 1]?.text === ',' ? opener - 1 : opener - 1;
    const subjectStart = nounPhraseStart(tokens, subjectEnd, OF);
    found.push({ term: { start: k + 2, end }, denotes: subjectStart < subjectEnd ? { start: subjectStart, end: subjectEnd } : null, rule: 'term:class-of' });
  });
  return found;
}

const endsPhrase = (tokens: Tokens, end: number): boolean => {
  const next = tokens[end];
  return next === undefined || next.pos === 'PUNCT' || ['that', 'which', 'who', 'for', 'in', 'and', 'but', 'because', 'since', 'by'].includes(low(next));
};

/** "where P is pressure, ρ is the density of the fluid": what a one- or two-letter symbol stands for. */
export function symbolCandidates(tokens: Tokens, nested: readonly boolean[]): TermCandidate[] {
  const found: TermCandidate[] = [];
  tokens.forEach((token, k) => {
    const verb = tokens[k + 1];
    if (nested[k] || !/^\p{L}{1,2}$/u.test(token.text) || token.pos === 'PRON' || token.pos === 'DET' || !['is', 'denotes'].includes(low(verb))) return;
    // The symbol stands alone: after "where", a comma or "and", never inside a phrase.
    if (!['where', ',', 'and', ':'].includes(low(tokens[k - 1])) || (token.text.length === 2 && !/\p{Lu}/u.test(token.text))) return;
    // Up to the next comma or "and" (the tagger often reads "pressure" as a verb, "fluid" as an adjective).
    let end = k + 2;
    while (end < tokens.length && !nested[end] && ![',', '.', ';', ':', ')'].includes(tokens[end]?.text ?? '') && tokens[end]?.pos !== 'CCONJ') end += 1;
    const words = wordCount(tokens, k + 2, end);
    if (words === 0 || words > MAX_WORDS || tokens.slice(k + 2, end).some((t) => ['AUX', 'SCONJ'].includes(t.pos))) return;
    found.push({ term: { start: k + 2, end }, denotes: { start: k, end: k + 1 }, rule: 'term:symbol' });
  });
  return found;
}
