import { describe, expect, it } from 'vitest';
import type { ArticleEntities } from '../../../src-main/domain/entities';
import { contextOf, readArticle } from './analyse';

const seed = contextOf(readArticle('seed'));

describe('buildEntityIndex on the seed article', () => {
  const { entities, article, sentences } = seed;

  it.each([
    ['Sheinbaum', 'Claudia Sheinbaum'],
    ['Rubio', 'Marco Rubio'],
    ['Musk', 'Elon Musk'],
    ['US', 'United States'],
    ['Washington', 'United States'],
    ['Mexican', 'Mexican'],
    ['the Gulf Cartel', 'Gulf Cartel'],
  ])('canonicalOf(%s) is %s', (name, canonical) => {
    expect(entities.canonicalOf(name)).toBe(canonical);
  });

  it('groups aliases of a country and its capital used as a metonym, but not its demonym', () => {
    expect(entities.sameEntity('Washington', 'US')).toBe(true);
    expect(entities.sameEntity('U.S.', 'America')).toBe(true);
    expect(entities.sameEntity('Mexico', 'Mexican')).toBe(false);
    expect(entities.aliasesOf('US')).not.toContain('American');
    expect(entities.aliasesOf('Mexico')).not.toContain('Mexican');
    expect(entities.sameEntity('Mexico', 'US')).toBe(false);
    expect(entities.aliasesOf('US')).toEqual(expect.arrayContaining(['United States', 'US', 'USA', 'America', 'Washington']));
    expect(entities.aliasesOf('US')[0]).toBe('United States');
  });

  it('lists people with the roles the article gives them', () => {
    expect(entities.persons()).toEqual([
      { name: 'Claudia Sheinbaum', aliases: ['Claudia Sheinbaum', 'Sheinbaum'], roles: ['Mexican President'] },
      { name: 'Trump', aliases: ['Trump'], roles: [] },
      { name: 'Marco Rubio', aliases: ['Marco Rubio', 'Rubio'], roles: ['US Secretary of State'] },
      { name: 'Elon Musk', aliases: ['Elon Musk', 'Musk'], roles: ['Tech billionaire', 'an influential figure in the Trump administration'] },
    ]);
  });

  it('types organisations by head noun and places from the gazetteer', () => {
    expect(entities.entitiesOfType('organization')).toEqual(
      expect.arrayContaining(['Gulf Cartel', 'Sinaloa Cartel', 'Jalisco New Generation Cartel', 'The New York Times']),
    );
    expect(entities.entitiesOfType('place')).toEqual(expect.arrayContaining(['United States', 'Mexico', 'Canada']));
    expect(entities.entitiesOfType('person')).not.toContain('Mexico');
  });

  it('gives mentions with exact spans, types and fullest names', () => {
    const first = sentences[0];
    if (first === undefined) throw new Error('no sentence');
    const mentions = entities.mentionsIn(first.sentence.index);
    for (const mention of mentions) expect(article.text.slice(mention.span.start, mention.span.end)).toBe(mention.text);
    expect(mentions.map((m) => [m.text, m.type, m.canonical])).toEqual(
      expect.arrayContaining([
        ['Claudia Sheinbaum', 'person', 'Claudia Sheinbaum'],
        ['US', 'place', 'United States'],
        ['Washington', 'place', 'United States'],
        ['Latin American', 'nationality', 'Latin American'],
      ]),
    );
    const sheinbaum = mentions.find((m) => m.text === 'Claudia Sheinbaum');
    expect(first.tokens[sheinbaum?.tokenRange[0] ?? -1]?.text).toBe('Claudia');
    expect(first.tokens[sheinbaum?.tokenRange[1] ?? -1]?.text).toBe('Sheinbaum');
  });

  it('resolves a later surname-only mention to the full name', () => {
    const stated = sentences.find((a) => a.sentence.text.endsWith('Sheinbaum stated.'));
    const mention = entities.mentionsIn(stated?.sentence.index ?? -1).find((m) => m.text === 'Sheinbaum');
    expect(mention).toMatchObject({ type: 'person', canonical: 'Claudia Sheinbaum' });
  });
});

describe.each([
  ['01-canada-sensitive-document-found.txt', ['Julie Hahn', 'John Baird', 'Sujata Raisinghani', 'Paul Dewar', 'Maxime Bernier', 'Julie Couillard'], [['Dewar', 'Paul Dewar']]],
  ['02-homeopathy-parents-manslaughter-trial.txt', ['Thomas Sam', 'Manju Sam', 'Gloria', 'Mark Tedeschi', 'Tom Molomby'], [['Tedeschi', 'Mark Tedeschi'], ['Thomas', 'Thomas Sam']]],
  ['04-scientology-defector-arrested.txt', ['Daniel Montalvo', 'L. Ron Hubbard', 'Tom Devocht', 'Mark Rathbun', 'Kendrick Moxon', 'Steve Whitmore', 'Tiziano Lugli', 'Jason Beghe'], [['Whitmore', 'Steve Whitmore'], ['Daniel', 'Daniel Montalvo']]],
  ['05-self-medicating-ants-interview.txt', ['Nick Bos', "Patrizia d'Ettorre"], [['Bos', 'Nick Bos']]],
  ['06-daniel-bernoulli.txt', ['Daniel Bernoulli', 'Johann Bernoulli', 'Jacob Bernoulli', 'Johann II', 'W. W. Rouse Ball'], [['Bernoulli', 'Daniel Bernoulli'], ['Johann', 'Johann Bernoulli']]],
  ['07-zaha-hadid.txt', ['Zaha Mohammad Hadid', 'Rem Koolhaas', 'Elia Zenghelis', 'Kazimir Malevich'], [['Hadid', 'Zaha Mohammad Hadid'], ['Zaha Hadid', 'Zaha Mohammad Hadid'], ['Koolhaas', 'Rem Koolhaas']]],
  ['08-taipei-lantern-festival.txt', ['Hau Lung-bin'], [['Hau', 'Hau Lung-bin']]],
])('people of %s', (file, people, canonicals) => {
  const { entities } = contextOf(readArticle(file));
  const names = entities.persons().map((person) => person.name);

  it('finds the named people', () => {
    expect(names).toEqual(expect.arrayContaining(people));
  });

  it.each(canonicals)('resolves %s to %s', (short, full) => {
    expect(entities.canonicalOf(short)).toBe(full);
  });

  it('types no place, organisation or title as a person', () => {
    for (const name of names) {
      expect(entities.entitiesOfType('place')).not.toContain(name);
      expect(name).not.toMatch(/^(?:President|Minister|Dame|Mr\.?|Prof\.?)$/);
    }
  });
});

describe('entity typing on invented text', () => {
  it('keeps a capital as a city when it is only a location', () => {
    const { entities } = contextOf('Anna Berg moved to London in 1990 and later to Paris.');
    expect(entities.canonicalOf('London')).toBe('London');
    expect(entities.sameEntity('London', 'UK')).toBe(false);
  });

  it('does not make a person of a title alone or of a country', () => {
    const { entities } = contextOf('The President said Mexico would answer. Washington designated the groups.');
    expect(entities.persons()).toEqual([]);
    expect(entities.canonicalOf('Washington')).toBe('United States');
  });

  it('does not guess between two people sharing a surname', () => {
    const { entities } = contextOf('Thomas Sam, 42, and his wife Manju Sam, 36, were charged. Sam denied it.');
    expect(entities.canonicalOf('Sam')).toBe('Sam');
    expect(entities.persons().map((p) => p.name)).toEqual(['Thomas Sam', 'Manju Sam']);
  });

  it('recognises a person from a surname later used with a verb of saying', () => {
    const { entities } = contextOf('Paul Zorbinski visited the plant. Zorbinski said it was clean.');
    expect(entities.persons().map((p) => p.name)).toEqual(['Paul Zorbinski']);
    const { entities: unknown } = contextOf('Kelvar Zorbinski visited the plant. Zorbinski said it was clean.');
    expect(unknown.persons().map((p) => p.name)).toEqual(['Kelvar Zorbinski']);
  });

  it('ignores capitalised common words at a sentence start', () => {
    const { entities } = contextOf('Historical sensitivities fuel the dispute. Recent reports say little.');
    expect(entities.entitiesOfType('other')).toEqual([]);
  });
});

describe('person evidence and gender on invented text', () => {
  it('types a lone surname heading a government as a person', () => {
    const { entities } = contextOf('The Lopez administration raised taxes. Critics blamed Lopez for the deficit.');
    expect(entities.entitiesOfType('person')).toContain('Lopez');
  });

  it('types the name a relation is "of" as a person', () => {
    const { entities } = contextOf('Anna Berg was a close friend of Lars Holm. She moved to Oslo.');
    expect(entities.entitiesOfType('person')).toEqual(expect.arrayContaining(['Anna Berg', 'Lars Holm']));
  });

  it('learns a gender from a subject pronoun opening the next sentence', () => {
    const entities = contextOf('Kim Ostrova, a chemist, founded the company in 1990. She sold it in 2005.').entities as ArticleEntities;
    expect(entities.genderOf('Kim Ostrova')).toBe('female');
  });

  it('leaves the gender open when a possessive could refer to someone else', () => {
    const entities = contextOf('Zoe Marsh met Kim Ostrova. Her former professor, Ostrova, praised the work.').entities as ArticleEntities;
    expect(entities.genderOf('Kim Ostrova')).toBeNull();
  });

  it('keeps a demonym apart from its country', () => {
    const { entities } = contextOf('Mexican officials met US envoys in Mexico. The American side left early.');
    expect(entities.sameEntity('Mexican', 'Mexico')).toBe(false);
    expect(entities.aliasesOf('United States')).not.toContain('American');
  });
});
