/**
 * Look-ups over the shipped gazetteers, built once into maps keyed by the written name.
 */
import { COUNTRIES } from './countries';
import { ORGANIZATION_FIRST_WORDS, ORGANIZATION_HEAD_WORDS } from './organizations';
import { CAPITAL_OF, OTHER_PLACE_NAMES, PLACE_HEAD_WORDS } from './places';

export interface PlaceMatch {
  readonly type: 'place' | 'nationality';
  /** The country for country names, demonyms and (when used as one) capitals; else the name. */
  readonly canonical: string;
  /** Set for a capital city, which may stand for its country's government. */
  readonly capitalOf: string | null;
}

const countryByName = new Map<string, string>();
const countryByDemonym = new Map<string, string>();
for (const country of COUNTRIES) {
  for (const name of country.names) countryByName.set(name, country.canonical);
  for (const demonym of country.demonyms) if (!countryByDemonym.has(demonym)) countryByDemonym.set(demonym, country.canonical);
}

/** Every name and demonym of a country, canonical first. */
export function countryAliases(canonical: string): readonly string[] {
  const country = COUNTRIES.find((entry) => entry.canonical === canonical);
  return country ? [...country.names, ...country.demonyms] : [];
}

/** Every name of a country, canonical first, without its demonyms: "American" is a nationality, not the US. */
export function countryNames(canonical: string): readonly string[] {
  return COUNTRIES.find((entry) => entry.canonical === canonical)?.names ?? [];
}

export function lookUpPlace(name: string): PlaceMatch | null {
  const bare = name.replace(/^The /, '');
  const country = countryByName.get(name) ?? countryByName.get(bare);
  if (country !== undefined) return { type: 'place', canonical: country, capitalOf: null };
  const capital = CAPITAL_OF.get(name);
  if (capital !== undefined) return { type: 'place', canonical: name, capitalOf: capital };
  if (OTHER_PLACE_NAMES.has(name)) return { type: 'place', canonical: name, capitalOf: null };
  return lookUpNationality(name);
}

/** "Mexican", "Latin American", "Iraqi-British" (every part a demonym). */
export function lookUpNationality(name: string): PlaceMatch | null {
  const direct = countryByDemonym.get(name);
  if (direct !== undefined) return { type: 'nationality', canonical: direct, capitalOf: null };
  const parts = name.split('-');
  const first = countryByDemonym.get(parts[0] ?? '');
  if (parts.length > 1 && first !== undefined && parts.every((part) => countryByDemonym.has(part))) {
    return { type: 'nationality', canonical: name, capitalOf: null };
  }
  return null;
}

export function hasPlaceHead(words: readonly string[]): boolean {
  return words.length > 1 && PLACE_HEAD_WORDS.has(words.at(-1) ?? '');
}

export function hasOrganizationHead(words: readonly string[]): boolean {
  if (words.length > 1 && ORGANIZATION_HEAD_WORDS.has(words.at(-1) ?? '')) return true;
  return words.length > 2 && ORGANIZATION_FIRST_WORDS.has(words[0] === 'The' ? (words[1] ?? '') : (words[0] ?? '')) && words.includes('of');
}
