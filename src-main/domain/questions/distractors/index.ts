/**
 * Distractors for one view of a fact: candidates of the answer's kind and form, with every alias of
 * the answer, every duplicate and everything the article states for the same slot removed.
 */
import type { Span } from '../../article/model';
import type { Fact } from '../../facts/model';
import { tokenRange, tokensOf, type QuestionContext } from '../context';
import { clauseAround } from '../text/clause';
import { renderRanges } from '../text/interrogative';
import { namesPeople } from '../text/answer-shape';
import { typeOfSpan } from '../text/ask';
import { containsPhrase, normalizeAnswer } from '../text/normalize';
import { isAliasOf, slotText, statedAsTrue } from './checks';
import { entityCandidates, roleCandidates, sameForm, sameGender, sharesDistinctiveWord, termCandidates } from './entity';
import { numberDistractors } from './number';
import { countryNames, lookUpPlace } from '../../entities/gazetteer';
import { GIVEN_NAMES } from '../../entities/gazetteer/given-names';
import { roleKey } from '../formats/qa-person';

export interface DistractorRequest {
  readonly fact: Fact;
  readonly answer: string;
  readonly answerSpan: Span;
  /** The passage the answer sits in, for the same-slot check. */
  readonly statement: string;
  /** The answer is a role rather than a name (people ↔ roles). */
  readonly asksRole?: boolean;
  /** "Who is the <role>?": nobody holding that role (in any gendered form) is a wrong option. */
  readonly heldRole?: string;
}

const MAX_DISTRACTORS = 6;
const NO_OPTION = /\b(all|none|both|neither) of the above\b/i;

function candidates(context: QuestionContext, request: DistractorRequest): string[] {
  const { fact } = request;
  if (request.asksRole && fact.kind === 'person') return roleCandidates(context, fact.name);
  if (fact.kind === 'number') return numberDistractors(fact);
  if (fact.kind === 'term') return termCandidates(context, fact);
  if (fact.kind === 'person') return entityCandidates(context, 'person', request.answer);
  // A group of people named by a common noun has no same-kind options among the article's names.
  if (namesPeople(request.answer)) return [];
  const type = typeOfSpan(context.entities, fact.sentenceIndex, request.answerSpan);
  // A speaker that is a newspaper gets other organisations, not people.
  if (fact.kind === 'quote') return entityCandidates(context, type === 'organization' ? type : 'person', request.answer);
  return type === null || type === 'other' ? [] : entityCandidates(context, type, request.answer);
}

/** The clause around the answer, when the clause finder sees one. */
function clauseSlot(context: QuestionContext, request: DistractorRequest): string | null {
  const tokens = tokensOf(context, request.fact.sentenceIndex);
  const range = tokenRange(tokens, request.answerSpan);
  const clause = range && clauseAround(tokens, range[0], range[1]);
  return clause ? renderRanges(context.article.text, tokens, [[clause.start, clause.end]]) : null;
}

function personLike(context: QuestionContext, request: DistractorRequest): boolean {
  const { fact } = request;
  return fact.kind === 'person' || fact.kind === 'quote' || typeOfSpan(context.entities, fact.sentenceIndex, request.answerSpan) === 'person';
}

/** "131-page": a number fused to a word by a hyphen keeps a one-word form. */
function hyphenated(context: QuestionContext, request: DistractorRequest): boolean {
  return context.article.text.charAt(request.answerSpan.end) === '-';
}

/** A candidate already named in the passage would make "X joined X" or hint at itself. */
function namedInStatement(context: QuestionContext, request: DistractorRequest, candidate: string): boolean {
  if (containsPhrase(request.statement, candidate)) return true;
  return context.entities.mentionsIn(request.fact.sentenceIndex).some((m) => context.entities.sameEntity(m.canonical, candidate) || context.entities.sameEntity(m.text, candidate));
}

function holdsRole(context: QuestionContext, name: string, role: string): boolean {
  const key = roleKey(role);
  return context.entities.persons().some((person) => context.entities.sameEntity(person.name, name) && person.roles.some((r) => roleKey(r) === key));
}

const CONTINENTS = /^(the\s+)?(europe|asia|africa|north america|south america|latin america|central america|oceania|antarctica|middle east)$/i;

/** "born in _____, Iraq": a city is not answered by a country or continent ("UK", "Europe"), nor a country by a city. */
export function isCountry(name: string): boolean {
  if (CONTINENTS.test(name.trim())) return true;
  const match = lookUpPlace(name.trim());
  return match !== null && match.type === 'place' && match.capitalOf === null && countryNames(match.canonical).length > 0;
}

/** "Johann … banned Daniel": a first name among surnames ("Ball", "Newton") is a giveaway. */
export function isGivenName(name: string): boolean {
  return GIVEN_NAMES.has(name.trim().toLowerCase());
}

const ARTICLE = /^(a|an)\s/i;

const memo = new WeakMap<QuestionContext, Map<string, string[]>>();

/** Valid distractors in order of preference (possibly fewer than three); one search per request. */
export function distractorsFor(context: QuestionContext, request: DistractorRequest): string[] {
  let cache = memo.get(context);
  if (cache === undefined) memo.set(context, (cache = new Map()));
  const key = [request.fact.id, request.answer, request.answerSpan.start, request.answerSpan.end, request.asksRole === true, request.heldRole ?? '', request.statement].join('\u241f');
  const known = cache.get(key);
  if (known !== undefined) return [...known];
  const found = searchDistractors(context, request);
  cache.set(key, found);
  return [...found];
}

function searchDistractors(context: QuestionContext, request: DistractorRequest): string[] {
  const out: string[] = [];
  const seen = new Set([normalizeAnswer(request.answer)]);
  const { fact } = request;
  const slot = clauseSlot(context, request) ?? slotText(fact.sentence, request.answerSpan.start - fact.sentenceSpan.start, request.answerSpan.end - fact.sentenceSpan.start);
  // personLike and hyphenated depend on the request only: asked once, not per candidate.
  const isPersonLike = personLike(context, request);
  const isHyphenated = request.fact.kind === 'number' && hyphenated(context, request);
  const person = isPersonLike && !request.asksRole;
  const place = fact.kind !== 'number' && !person && typeOfSpan(context.entities, fact.sentenceIndex, request.answerSpan) === 'place';
  const all = candidates(context, request);
  // Another person of the answer's gender first: "his" in the stem must not rule an option out.
  const same = person ? all.map((c) => sameGender(context, request.answer, c)) : [];
  const ordered = person ? [...all.filter((_, i) => same[i]), ...all.filter((_, i) => !same[i])] : all;
  for (const candidate of ordered) {
    const key = normalizeAnswer(candidate);
    if (seen.has(key) || NO_OPTION.test(candidate)) continue;
    seen.add(key);
    if (request.fact.kind !== 'number' && isAliasOf(context, request.answer, request.fact.aliases, candidate)) continue;
    if (request.fact.kind !== 'number' && !sameForm(request.answer, candidate, request.asksRole === true)) continue;
    if (request.fact.kind === 'number' && request.fact.aliases.some((alias) => normalizeAnswer(alias) === key)) continue;
    if (request.fact.kind !== 'number' && namedInStatement(context, request, candidate)) continue;
    if (request.heldRole !== undefined && holdsRole(context, candidate, request.heldRole)) continue;
    if (place && isCountry(candidate) !== isCountry(request.answer)) continue;
    if (person && !/\s/.test(request.answer.trim()) && isGivenName(candidate) !== isGivenName(request.answer)) continue;
    if (!isPersonLike && request.fact.kind !== 'number' && !request.asksRole && sharesDistinctiveWord(request.answer, candidate)) continue;
    if (isHyphenated && /\s/.test(candidate) && !/\s/.test(request.answer)) continue;
    // "sign a billion-year contract": "sign three billion-year contract" loses the article the compound needs.
    if (isHyphenated && ARTICLE.test(request.answer) !== ARTICLE.test(candidate)) continue;
    if (statedAsTrue(context, fact, candidate, request.statement.replace(request.answer, candidate), slot)) continue;
    out.push(candidate);
    // Enough to choose three from; checking every name of a long article would be quadratic.
    if (out.length >= MAX_DISTRACTORS) break;
  }
  return out;
}
