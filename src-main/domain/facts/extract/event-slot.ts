/**
 * What a clause's verb acts on, read left to right through its predicate: the direct object
 * ("chose [food]"), a passive's complement ("was made [a Dame]"), prepositional objects ("was
 * taken to [the Century City Towers]", "measured … using [a spectrophotometer]"), and the objects
 * of an infinitive or a gerund chained to the verb ("charged with taking [hard drives …]").
 * A prepositional phrase after a common noun may belong to that noun ("services to
 * architecture"), so it is only read when it names a place ("a trip to [India]").
 */
import type { Clause } from './clause';
import type { FoundClause } from './clause-parse';
import { trimTail } from './clause';
import { isGerund, low, quotePairs, wordCount } from './clause-tokens';
import type { Tokens } from './clause-tokens';
import { verbGroupAt } from './clause-verb';
import { answerPhrase, clauseFollows, complexPreposition, isParticiple } from './event-phrase';
import type { AnswerPhrase } from './event-phrase';
import { SAYING } from './event-action';
import type { TokenRange } from './event-when';

export type SlotRole = 'object' | 'complement' | 'prep-object' | 'patient';

export interface Slot extends TokenRange {
  readonly role: SlotRole;
  readonly preposition: string | null;
}

const PREPOSITIONS = new Set([
  'in', 'at', 'to', 'from', 'with', 'for', 'by', 'on', 'onto', 'into', 'as', 'under', 'through', 'against', 'across', 'near',
  'toward', 'towards', 'inside', 'outside', 'among', 'within', 'without', 'upon', 'via', 'using', 'throughout', 'about', 'over',
]);
/** Prepositions that attach to the verb even after a noun ("characterized homeopathy as …"). */
const VERB_ONLY = new Set(['as', 'into', 'onto', 'using', 'via']);
/** After a noun, a named place is still where the event happened ("a trip to India"). */
const LOCATIVE = new Set(['in', 'at', 'near', 'across', 'inside', 'outside', 'within', 'throughout']);
/** Prepositions of place: a named place after one of them narrows the same place ("on Castlefrank Road in Kanata"). */
const PLACES = new Set([...LOCATIVE, 'on', 'onto', 'into', 'through', 'to', 'from']);
const COMPLEMENT = new Set(['as', 'into']);
/** Right after a direct object these usually attach to the verb ("using drones for …", "took X from Y"). */
const AFTER_OBJECT = new Set(['for', 'with', 'to', 'from', 'in', 'at', 'by', 'through']);
const NOMINAL = new Set(['DET', 'ADJ', 'ADV', 'CCONJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
/** Verbs whose noun phrase says what the subject is, like a copula ("became the first woman"). */
const LINKING = new Set(['become', 'remain', 'seem', 'appear']);
/** "live a strict lifestyle", "died a hero": a cognate object says how, not what. */
const COGNATE = new Set(['live', 'die', 'sleep', 'dream', 'smile', 'laugh']);

/** The phrase's head (before any "of"-tail) is a common noun. */
function commonHead(tokens: Tokens, phrase: AnswerPhrase): boolean {
  let head = phrase.end - 1;
  for (let k = phrase.start; k < phrase.end; k += 1) {
    if (low(tokens[k]) === 'of' || low(tokens[k]) === 'and') {
      head = k - 1;
      break;
    }
  }
  return tokens[head]?.pos === 'NOUN';
}

const namesSomething = (tokens: Tokens, phrase: AnswerPhrase): boolean => tokens.slice(phrase.start, phrase.end).some((t) => t.pos === 'PROPN');

/** "to receive", "to be awarded": an infinitive chained to the predicate, or null. */
function infinitiveAt(tokens: Tokens, p: number): ReturnType<typeof verbGroupAt> {
  if (low(tokens[p]) !== 'to') return null;
  const group = verbGroupAt(tokens, p + 1);
  return group && group.verbStart === p + 1 && !group.copular ? group : null;
}

/**
 * "A bundle of blueprints … were found stuffed in the trash": the subject of a passive is what the
 * event acted on. Only a new, indefinite one: a definite subject is the event's actor already.
 */
export function patientSlots(tokens: Tokens, clause: FoundClause): Slot[] {
  if (!clause.verb.passive || clause.marker !== null || !['a', 'an'].includes(low(tokens[clause.subject.start]))) return [];
  const phrase = answerPhrase(tokens, clause.subject.start, clause.verb.start);
  return phrase?.ok && phrase.start === clause.subject.start ? [{ start: phrase.start, end: phrase.end, role: 'patient', preposition: null }] : [];
}

type After = 'verb' | 'object' | 'prep' | 'nominal';

/**
 * A phrase after a verb, an object or a name attaches to the verb; after a common noun only
 * as/into/using do, or a named place that narrows a place ("in old logging sites in southern
 * Finland"), never "a firm from Oslo".
 */
function attaches(tokens: Tokens, after: After, common: boolean, preposition: string, phrase: AnswerPhrase, previous: string): boolean {
  if (after === 'verb' || !common || VERB_ONLY.has(preposition)) return after !== 'nominal';
  if (after === 'object' && AFTER_OBJECT.has(preposition)) return true;
  return after === 'prep' && PLACES.has(previous) && LOCATIVE.has(preposition) && namesSomething(tokens, phrase);
}

export function predicateSlots(tokens: Tokens, clause: Clause): Slot[] {
  const slots: Slot[] = [];
  const limit = clause.end;
  let p = clause.verb.end;
  let passive = clause.verb.passive;
  let copular = clause.verb.copular || LINKING.has(tokens[clause.verb.head]?.lemma ?? '');
  let after: After = 'verb';
  let common = false;
  let previous = '';
  while (p < limit) {
    const token = tokens[p];
    if (!token) break;
    const infinitive = infinitiveAt(tokens, p);
    if (infinitive) {
      // "the government's ability [to secure …]", "traveled to Florida [to meet …]": after a
      // prepositional phrase an infinitive belongs to its noun or states a purpose, not an event.
      if (after === 'prep') break;
      ({ passive, copular } = infinitive);
      copular ||= LINKING.has(tokens[infinitive.head]?.lemma ?? '');
      [p, after, common] = [infinitive.end, 'verb', false];
      // "aims to help [address] …": "help" takes a bare infinitive, whose object is the object.
      if (tokens[infinitive.head]?.lemma === 'help' && !passive && tokens[p]?.pos === 'VERB' && !isGerund(tokens[p])) p += 1;
    } else if ((token.pos === 'ADV' && !['DET', 'PRON', 'NUM', 'ADJ'].includes(tokens[p + 1]?.pos ?? '')) || (after === 'verb' && !copular && token.pos === 'ADJ' && tokens[p + 1]?.pos === 'ADP')) {
      p += 1;
    } else if ((PREPOSITIONS.has(low(token)) || (low(token) === 'of' && after === 'verb')) && (token.pos === 'ADP' || token.pos === 'VERB')) {
      const preposition = low(token);
      if (isGerund(tokens[p + 1]) && preposition !== 'using' && after !== 'nominal') {
        [p, after, common, passive, copular] = [p + 2, 'verb', false, false, false];
        continue;
      }
      const phrase = answerPhrase(tokens, p + 1, limit);
      if (!phrase || clauseFollows(tokens, phrase.end) || after === 'nominal' || complexPreposition(tokens, p)) break;
      if (attaches(tokens, after, common, preposition, phrase, previous) && phrase.ok) {
        slots.push({ start: phrase.start, end: phrase.end, role: COMPLEMENT.has(preposition) ? 'complement' : 'prep-object', preposition });
      }
      [p, after, common, previous] = [phrase.end, 'prep', commonHead(tokens, phrase), preposition];
    } else if (after === 'verb' && copular) {
      // "became the first and only woman [to be awarded …]": what the subject is, never the answer here.
      let q = p;
      while (q < limit && NOMINAL.has(tokens[q]?.pos ?? '') && !infinitiveAt(tokens, q)) q += 1;
      if (q === p) break;
      [p, after] = [q, 'nominal'];
    } else if (after === 'verb') {
      const phrase = answerPhrase(tokens, p, limit);
      // "suggested [the move] could justify …": the phrase is the subject of a clause of its own.
      if (!phrase || clauseFollows(tokens, phrase.end)) break;
      // "reported [self-medicating ants] a first": a phrase with a predicate of its own is not an object.
      const predicated = ['a', 'an'].includes(low(tokens[phrase.end]));
      if (phrase.ok && !predicated && !COGNATE.has(tokens[clause.verb.head]?.lemma ?? '')) slots.push({ start: phrase.start, end: phrase.end, role: passive ? 'complement' : 'object', preposition: null });
      [p, after, common] = [phrase.end, 'object', commonHead(tokens, phrase)];
      // "chose food [laced] with …": a participle after the object takes the next phrase.
      if (isParticiple(tokens, p) && PREPOSITIONS.has(low(tokens[p + 1]))) [p, after] = [p + 1, 'verb'];
    } else if (token.text === ',' && tokens[p + 1]?.pos === 'PROPN' && after === 'prep') {
      // "in Baghdad, Iraq, to …": a name in apposition is skipped.
      const apposition = answerPhrase(tokens, p + 1, limit);
      if (!apposition || tokens[apposition.end]?.text !== ',') break;
      p = apposition.end + 1;
    } else {
      break;
    }
  }
  const quoted = after === 'verb' && !copular && p === limit ? quotedObject(tokens, p) : null;
  if (quoted !== null) slots.push({ ...quoted, role: passive ? 'complement' : 'object', preposition: null });
  return slots;
}

const MAX_QUOTED_OBJECT_WORDS = 8;

/**
 * The blog aims to help address "a gap between scientists and 'the general public'.": a quoted
 * noun phrase ending the sentence is the verb's object (the words a verb of saying quotes are the
 * quote rule's, and a quoted clause is speech, not a thing).
 */
function quotedObject(tokens: Tokens, open: number): TokenRange | null {
  const close = quotePairs(tokens).find(([o]) => o === open)?.[1];
  if (close === undefined || !tokens.slice(close + 1).every((t) => /^[.!?]$/.test(t.text)) || SAYING.has(tokens[open - 1]?.lemma ?? '')) return null;
  const end = trimTail(tokens, open + 1, close);
  const inner = tokens.slice(open + 1, end);
  const words = wordCount(tokens, open + 1, end);
  if (!['DET', 'ADJ', 'NOUN', 'PROPN'].includes(inner[0]?.pos ?? '') || words < 2 || words > MAX_QUOTED_OBJECT_WORDS) return null;
  return inner.some((t) => ['VERB', 'AUX', 'PRON', 'SCONJ'].includes(t.pos)) ? null : { start: open + 1, end };
}
