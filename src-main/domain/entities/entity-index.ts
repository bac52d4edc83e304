/**
 * The article-wide index of named entities (the EntityIndex of facts/context.ts): mentions per
 * sentence with their type and fullest name, alias groups, and people with their roles.
 */
import type { Article } from '../article/model';
import type { EntityIndex, EntityType, Mention, PersonEntity, SentenceAnalysis } from '../facts/context';
import { collectCandidates, type Candidate } from './candidates';
import { countryAliases, lookUpPlace } from './gazetteer';
import type { Gender } from './gazetteer/roles';
import { PeopleIndex, type PersonRecord } from './people';
import { rolesOfRun } from './roles';

/** The index, plus what pronoun resolution needs to know. */
export interface ArticleEntities extends EntityIndex {
  /** The gender the article shows for a person ("spokeswoman", a given name), if any. */
  genderOf(name: string): Gender | null;
}

interface Entity {
  readonly canonical: string;
  readonly type: EntityType;
  readonly aliases: string[];
  readonly roles: string[];
}

const key = (name: string): string => name.replace(/^the\s+/i, '').replace(/['’]s$/, '').trim().toLowerCase();

export function buildEntityIndex(article: Article, sentences: readonly SentenceAnalysis[]): ArticleEntities {
  const candidates = collectCandidates(sentences);
  // One type per written name: "the Scientology organization" makes every "Scientology" one.
  const organizations = new Set(candidates.filter((candidate) => candidate.organization).map((candidate) => candidate.text));
  const people = new PeopleIndex(candidates, article.title);
  const entities = new Map<string, Entity>();
  const byName = new Map<string, Entity>();
  const ordered: Entity[] = [];
  const mentions = new Map<number, Mention[]>();
  const recordEntity = new Map<PersonRecord, Entity>();
  const nationalities = new Set<string>();

  const remember = (entity: Entity, ...names: string[]): void => {
    for (const name of names) if (!byName.has(key(name))) byName.set(key(name), entity);
  };
  const entityFor = (canonical: string, type: EntityType, aliases: readonly string[]): Entity => {
    let entity = entities.get(`${type}:${canonical}`);
    if (entity === undefined) {
      entity = { canonical, type, aliases: [...new Set([canonical, ...aliases])], roles: [] };
      entities.set(`${type}:${canonical}`, entity);
      ordered.push(entity);
      remember(entity, ...entity.aliases);
    }
    return entity;
  };

  for (const candidate of candidates) {
    const analysis = sentences[candidate.position];
    if (analysis === undefined) continue;
    const entity = classify(candidate);
    if (entity === null) continue;
    remember(entity, candidate.text);
    const mention: Mention = {
      span: candidate.span,
      text: candidate.text,
      type: candidate.place?.type === 'nationality' ? 'nationality' : entity.type,
      canonical: entity.canonical,
      tokenRange: [candidate.run.coreFirst, candidate.run.coreLast],
    };
    const list = mentions.get(analysis.sentence.index) ?? [];
    list.push(mention);
    mentions.set(analysis.sentence.index, list);
    if (entity.type === 'person') {
      for (const role of rolesOfRun(analysis.tokens, candidate.run, article.text)) {
        if (!role.possessive && !role.relation && !entity.roles.includes(role.text)) entity.roles.push(role.text);
      }
    }
  }

  function classify(candidate: Candidate): Entity | null {
    // "in London" stays the city even in an article about Jack London.
    const located = candidate.place?.type === 'place' && candidate.words.length === 1 && candidate.located;
    const person = located ? null : people.resolve(candidate.text);
    if (person !== null) {
      const known = recordEntity.get(person) ?? entityFor(person.name, 'person', people.aliasesOf(person));
      recordEntity.set(person, known);
      return known;
    }
    if (candidate.unconfirmed && candidate.place === null) return null;
    if (candidate.place !== null) {
      const { canonical } = candidate.place;
      const country = countryAliases(canonical);
      // A compound demonym ("Iraqi-British") is a nationality with no single country behind it.
      const entity = entityFor(canonical, country.length === 0 && candidate.place.type === 'nationality' ? 'nationality' : 'place', country);
      if (candidate.place.type === 'nationality') nationalities.add(canonical);
      if (candidate.place.capitalOf !== null && canonical === candidate.place.capitalOf) {
        // "Washington" acting for the US government joins the country's alias group.
        remember(entity, candidate.text);
        if (!entity.aliases.includes(candidate.text)) entity.aliases.push(candidate.text);
      }
      return entity;
    }
    const bare = candidate.text.replace(/^The\s+/, '');
    const type: EntityType = organizations.has(candidate.text) ? 'organization' : 'other';
    const existing = byName.get(key(bare));
    if (existing !== undefined && existing.type === type) return existing;
    return entityFor(candidate.text, type, bare === candidate.text ? [] : [bare]);
  }

  const lookUp = (name: string): Entity | undefined => {
    const found = byName.get(key(name));
    if (found !== undefined) return found;
    const record = people.resolve(name.trim());
    return record === null ? undefined : recordEntity.get(record);
  };

  return {
    mentionsIn: (sentenceIndex) => mentions.get(sentenceIndex) ?? [],
    canonicalOf: (name) => lookUp(name)?.canonical ?? lookUpPlace(name)?.canonical ?? name,
    aliasesOf: (name) => {
      const found = lookUp(name)?.aliases;
      if (found !== undefined) return found;
      const country = countryAliases(lookUpPlace(name)?.canonical ?? '');
      return country.length > 0 ? country : [name];
    },
    sameEntity: (a, b) => {
      const left = lookUp(a)?.canonical ?? lookUpPlace(a)?.canonical ?? a;
      const right = lookUp(b)?.canonical ?? lookUpPlace(b)?.canonical ?? b;
      return key(left) === key(right);
    },
    persons: (): PersonEntity[] =>
      ordered.filter((entity) => entity.type === 'person').map(({ canonical, aliases, roles }) => ({ name: canonical, aliases, roles })),
    entitiesOfType: (type) =>
      type === 'nationality' ? [...new Set([...nationalities, ...ordered.filter((e) => e.type === type).map((e) => e.canonical)])] : ordered.filter((entity) => entity.type === type).map((entity) => entity.canonical),
    genderOf: (name) => {
      const record = people.resolve(lookUp(name)?.canonical ?? name);
      return record?.gender ?? null;
    },
  };
}
