/**
 * What kind of phrase an answer is, beyond its entity type: a proper name ("Sams", "Independent")
 * or a common noun phrase, and whether its head noun names people ("Scientology officials",
 * "the Bernoulli family", "a Scientology attorney") — those are asked with "Who", whatever
 * organisation name they contain.
 */
import type { Token } from '../../nlp/tokens';
import { isTitle } from '../formats/qa-person';

export interface AnswerShape {
  /** Every word of the answer is part of a name (PROPN or a capitalised word). */
  readonly proper: boolean;
  /** The head noun names a person or a group of people. */
  readonly personHead: boolean;
}

const PEOPLE =
  /^(officials?|members?|parents?|family|families|people|persons?|person|police|team|researchers?|scientists?|doctors?|experts?|residents?|citizens?|students?|teachers?|children|child|man|men|woman|women|boy|girl|workers?|employees?|staff|victims?|soldiers?|troops|voters?|users?|fans?|protesters?|activists?|investigators?|detectives?|authorities|officers?|agents?|critics?|supporters?|leaders?|lawmakers?|politicians?|journalists?|reporters?|witnesses|witness|defectors?|followers?|rebels?|militants?|farmers?|engineers?|architects?|artists?|writers?|authors?|friends?|wife|husband|son|daughter|mother|father|brother|sister|couple|crew|players?|spokes(?:person|man|woman))$/i;

export function answerShape(tokens: readonly Token[]): AnswerShape {
  const words = tokens.filter((t) => t.kind === 'word' || t.kind === 'number');
  const content = words.filter((t) => !['DET', 'PART', 'ADP', 'CCONJ'].includes(t.pos) && t.text !== "'s");
  // The head comes before a prepositional phrase: "former [members] of Scientology".
  const preposition = words.findIndex((t, i) => i > 0 && t.pos === 'ADP');
  const headWords = preposition > 0 ? words.slice(0, preposition).filter((t) => content.includes(t)) : content;
  const head = headWords[headWords.length - 1];
  const proper = content.length > 0 && content.every((t) => t.pos === 'PROPN' || /^\p{Lu}/u.test(t.text) || t.kind === 'number');
  const personHead = head !== undefined && head.pos !== 'PROPN' && (PEOPLE.test(head.text) || isTitle(head.text));
  return { proper: proper && !personHead, personHead };
}

/** "Scientology officials", "the Bernoulli family": people named by a common noun (no name to swap). */
export function namesPeople(answer: string): boolean {
  const last = answer.trim().split(/\s+/).pop() ?? '';
  return /^\p{Ll}/u.test(last) && (PEOPLE.test(last) || isTitle(last));
}
