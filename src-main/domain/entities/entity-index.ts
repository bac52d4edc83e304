/**
 * The article-wide index of named entities (the EntityIndex of facts/context.ts): mentions per
 * sentence with their type and fullest name, alias groups, and people with their roles.
 */
import type { Article } from '../article/model';
import { memo } from '../memo';
import type { EntityIndex, EntityType, Mention, PersonEntity, SentenceAnalysis } from '../facts/context';
import { collectCandidates, type Candidate } from './candidates';
import { countryNames, lookUpPlace } from './gazetteer';
import type { Gender } from './gazetteer/roles';
import { PeopleIndex, type PersonRecord } from './people';
import { assignPronounGenders } from './pronoun-gender';
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

/** A country's canonical name for any of its names; a demonym stays itself. */
const placeCanonical = (name: string): string | undefined => {
  const place = lookUpPlace(name);
  return place?.type === 'place' ? place.canonical : undefined;
};

/** Every look-up keys its name again; the keys of one deck's names are kept (see memo.ts). */
const keys = memo<string, string>();
const key = (name: string): string => keys.get(name) ?? keys.set(name, name.replace(/^the\s+/i, '').replace(/['’]s$/, '').trim().toLowerCase());

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
  const namedIn = new Map<number, Map<PersonRecord, number>>();

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
    const record = entity.type === 'person' ? people.resolve(entity.canonical) : null;
    if (record !== null && !namedIn.get(candidate.position)?.has(record)) namedIn.set(candidate.position, new Map([...(namedIn.get(candidate.position) ?? []), [record, candidate.run.coreLast]]));
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
    // "Mexican", "Iraqi-British": a nationality, its own entity; it never stands for (or hides) the country.
    if (candidate.place?.type === 'nationality') {
      nationalities.add(candidate.text);
      return entityFor(candidate.text, 'nationality', []);
    }
    if (candidate.place !== null) {
      const { canonical } = candidate.place;
      const entity = entityFor(canonical, 'place', countryNames(canonical));
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

  assignPronounGenders(sentences, namedIn);

  const lookUp = (name: string): Entity | undefined => {
    const found = byName.get(key(name));
    if (found !== undefined) return found;
    const record = people.resolve(name.trim());
    return record === null ? undefined : recordEntity.get(record);
  };

  // The index is complete from here on: its lists are built once each, and callers get copies.
  const byType = new Map<EntityType, string[]>();
  let persons: PersonEntity[] | null = null;
  const entitiesOfType = (type: EntityType): string[] =>
    type === 'nationality' ? [...new Set([...nationalities, ...ordered.filter((e) => e.type === type).map((e) => e.canonical)])] : ordered.filter((entity) => entity.type === type).map((entity) => entity.canonical);

  return {
    mentionsIn: (sentenceIndex) => mentions.get(sentenceIndex) ?? [],
    canonicalOf: (name) => lookUp(name)?.canonical ?? placeCanonical(name) ?? name,
    aliasesOf: (name) => {
      const found = lookUp(name)?.aliases;
      if (found !== undefined) return found;
      const place = lookUpPlace(name);
      const country = place?.type === 'place' ? countryNames(place.canonical) : [];
      return country.length > 0 ? country : [name];
    },
    sameEntity: (a, b) => {
      const left = lookUp(a)?.canonical ?? placeCanonical(a) ?? a;
      const right = lookUp(b)?.canonical ?? placeCanonical(b) ?? b;
      return key(left) === key(right);
    },
    persons: (): PersonEntity[] => [
      ...(persons ??= ordered.filter((entity) => entity.type === 'person').map(({ canonical, aliases, roles }) => ({ name: canonical, aliases, roles }))),
    ],
    entitiesOfType: (type) => [...(byType.get(type) ?? byType.set(type, entitiesOfType(type)).get(type) ?? [])],
    genderOf: (name) => {
      const record = people.resolve(lookUp(name)?.canonical ?? name);
      return record?.gender ?? null;
    },
  };
}
