/**
 * What a list enumerates, and where its first item starts. A trigger word decides: the subject of
 * "include"/"comprise"/"are", the noun phrase before "including"/"such as" or a colon. Without a
 * trigger, a list of proper names takes the governing clause as its head ("Daniel studied
 * medicine at"), which is all a question needs: "Where did Daniel study medicine?".
 */
import type { SentenceAnalysis } from '../context';
import { nounPhraseStart, NOUN_PREPOSITIONS } from './clause-np';
import { low, POSSESSIVE_PRONOUNS, UNRESOLVED_PRONOUNS } from './clause-tokens';
import type { Tokens } from './clause-tokens';
import type { TokenRange } from './event-when';
import { itemEnd } from './list-items';
import { clauseHeadStart } from './list-verbs';
import type { Coordination } from './list-items';

export interface ListHead {
  readonly head: TokenRange;
  readonly firstItem: TokenRange;
  readonly rule: string;
}

const INCLUDE = new Set(['include', 'includes', 'included', 'comprise', 'comprises', 'comprised', 'encompass', 'encompasses']);
const COPULA = new Set(['are', 'were']);
const CONSIST = new Set(['consist', 'compose', 'comprise', 'make']);
const EXAMPLES = new Set(['list:including', 'list:such-as']);
const OF_LINKS = new Set(['of']);
const NO_LINKS = new Set<string>();
// "of" joins a name's parts; "as"/"than" introduce one role or one comparison, not a list.
const NOT_GOVERNORS = new Set(['of', 'as', 'than']);

/** The noun phrase ending just before `end` (skipping a comma), unless it is missing or a pronoun. */
function phraseBefore(tokens: Tokens, end: number, links: ReadonlySet<string> = NOUN_PREPOSITIONS): TokenRange | null {
  let e = end;
  while (e > 0 && (tokens[e - 1]?.text === ',' || tokens[e - 1]?.pos === 'ADV' || tokens[e - 1]?.pos === 'AUX')) e -= 1;
  const start = nounPhraseStart(tokens, e, links);
  if (start >= e) return null;
  const first = low(tokens[start]);
  if (e - start === 1 && tokens[start]?.pos === 'PRON' && (UNRESOLVED_PRONOUNS.has(first) || POSSESSIVE_PRONOUNS.has(first))) return null;
  return { start, end: e };
}

const isPlural = (token: Tokens[number] | undefined): boolean =>
  token !== undefined && token.pos === 'NOUN' && /s$/i.test(token.text) && token.text.toLowerCase() !== token.lemma.toLowerCase();

function triggerAt(tokens: Tokens, k: number): { rule: string; headEnd: number } | null {
  const word = low(tokens[k]);
  const token = tokens[k];
  if (!token) return null;
  if (INCLUDE.has(word) && token.pos === 'VERB') return { rule: 'list:include', headEnd: k };
  if (word === 'including') return { rule: 'list:including', headEnd: k };
  if (word === 'as' && low(tokens[k - 1]) === 'such') return { rule: 'list:such-as', headEnd: k - 1 };
  // "toys such a swords, devil ears, and lanterns": "such a" before a plural is a slip for "such as".
  if (word === 'a' && low(tokens[k - 1]) === 'such' && isPlural(tokens[k + 1])) return { rule: 'list:such-as', headEnd: k - 1 };
  if (word === 'of' && CONSIST.has(tokens[k - 1]?.lemma ?? '')) return { rule: 'list:include', headEnd: k - 1 };
  if (word === 'namely') return { rule: 'list:namely', headEnd: k };
  if (COPULA.has(word) && token.pos === 'AUX') return { rule: 'list:copula', headEnd: k };
  return null;
}

export function listHead(analysis: SentenceAnalysis, nested: readonly boolean[], list: Coordination): ListHead | null {
  const { tokens } = analysis;
  const { lead } = list;
  // A colon before the lead: "two technologies: the carburetor, …".
  if (tokens[lead.start - 1]?.text === ':') {
    const head = phraseBefore(tokens, lead.start - 1);
    return head && fits(tokens, lead.start, lead.end, list) ? { head, firstItem: lead, rule: 'list:colon' } : null;
  }
  for (let k = lead.end - 1; k >= lead.start; k -= 1) {
    if (nested[k]) continue;
    const trigger = triggerAt(tokens, k);
    if (!trigger) continue;
    // Examples are of the nearest noun: "the fight against cartels, including …" lists cartels.
    const near = EXAMPLES.has(trigger.rule) ? phraseBefore(tokens, trigger.headEnd, OF_LINKS) : null;
    // "defectors from the organization including A and B": a singular noun is not what is listed.
    const head = near && isPlural(tokens[near.end - 1]) ? near : phraseBefore(tokens, trigger.headEnd);
    const firstItem = { start: k + 1, end: lead.end };
    return head && fits(tokens, firstItem.start, firstItem.end, list) ? { head, firstItem, rule: trigger.rule } : null;
  }
  return governedHead(analysis, nested, list);
}

const fits = (tokens: Tokens, start: number, end: number, list: Coordination): boolean =>
  end > start && (itemEnd(tokens, start, false) === end || (list.withPhrases && itemEnd(tokens, start, true) === end));

/**
 * No trigger: items governed by a verb or a preposition ("studied medicine at Basel, Heidelberg,
 * and Strasbourg", "by land, air, or sea", "to combat narcotics trafficking and illegal
 * migration"). The head is the governing phrase, from its clause's subject or verb to the
 * governor; it is no noun phrase, so a question names the items without labelling them.
 */
const isNameToken = (token: Tokens[number] | undefined): boolean =>
  token !== undefined && (token.pos === 'PROPN' || token.pos === 'NUM' || (token.pos === 'NOUN' && /^\p{Lu}/u.test(token.text)));

function governedHead(analysis: SentenceAnalysis, nested: readonly boolean[], list: Coordination): ListHead | null {
  const { tokens } = analysis;
  const end = list.lead.end;
  let start = end;
  while (start > list.lead.start && (isNameToken(tokens[start - 1]) || tokens[start - 1]?.text === '-')) start -= 1;
  if (start === end) start = Math.max(list.lead.start, nounPhraseStart(tokens, end, NO_LINKS));
  else if (low(tokens[start - 1]) === 'the') start -= 1;
  // "led by designer Ana Ruiz and engineer Tom Berg": a role word before the first name goes with it.
  else if (tokens[start - 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[start - 1]?.text ?? '') && ['ADP', 'VERB'].includes(tokens[start - 2]?.pos ?? '')) start -= 1;
  if (start === end || !fits(tokens, start, end, list)) return null;
  // After a noun the names are one title ("his book Guns, Germs and Steel") or an appositive.
  const governor = tokens[start - 1];
  if (!governor || nested[start - 1] || !['ADP', 'VERB'].includes(governor.pos) || NOT_GOVERNORS.has(low(governor))) return null;
  let verb = start - 1;
  while (verb > list.lead.start && tokens[verb]?.pos !== 'VERB') verb -= 1;
  let headStart = Math.min(start - 1, tokens[verb]?.pos === 'VERB' ? clauseHeadStart(tokens, nested, verb) : Math.max(list.lead.start, start - 4));
  // A lone verb ("combat") would read as a noun: keep the words that lead to it ("pressure on Mexico to combat").
  if (start - headStart < 2) headStart = Math.max(list.lead.start, start - 5);
  return { head: { start: headStart, end: start }, firstItem: { start, end }, rule: 'list:governed' };
}
