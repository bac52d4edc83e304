/**
 * People, article-wide: which names are persons, which forms name the same person
 * ("Zaha Hadid" ⊂ "Zaha Mohammad Hadid"), and which single words refer back to one
 * ("Sheinbaum" → "Claudia Sheinbaum", "Daniel" → "Daniel Bernoulli").
 */
import type { Candidate } from './candidates';
import { GIVEN_NAMES } from './gazetteer/given-names';
import type { Gender } from './gazetteer/roles';

export interface PersonRecord {
  /** The fullest form the article gives. */
  name: string;
  words: readonly string[];
  forms: Set<string>;
  /** Single words the article uses for this person alone ("Sheinbaum", "Daniel"). */
  shortForms: Set<string>;
  gender: Gender | null;
  firstPosition: number;
}

const NUMERAL = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|Jr\.?|Sr\.?)$/;
const INITIAL = /^\p{Lu}\.$/u;

const isSubsequence = (short: readonly string[], long: readonly string[]): boolean => {
  let at = 0;
  for (const word of long) if (word === short[at]) at += 1;
  return at === short.length && short[0] === long[0] && short.at(-1) === long.at(-1);
};

// "Hau Lung-bin": a hyphenated lower-case second part marks an East Asian given name, family name first.
const EAST_ASIAN_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

export const surnameOf = (words: readonly string[]): string | null => {
  if (words.length === 2 && EAST_ASIAN_GIVEN.test(words[1] ?? '')) return words[0] ?? null;
  const last = words.at(-1);
  return words.length > 1 && last !== undefined && !NUMERAL.test(last) && !INITIAL.test(last) ? last : null;
};
const givenNameOf = (words: readonly string[]): string | null =>
  words.length > 1 &&
  !(words.length === 2 && EAST_ASIAN_GIVEN.test(words[1] ?? '')) && !NUMERAL.test(words.at(-1) ?? '') && !INITIAL.test(words[0] ?? '') ? (words[0] ?? null) : null;

const isTypedElsewhere = (candidate: Candidate): boolean => candidate.place !== null || candidate.organization;

/** Forms of two or more words that the article shows to be people, fullest first. */
function personForms(candidates: readonly Candidate[]): string[] {
  const byText = new Map<string, Candidate[]>();
  for (const candidate of candidates) byText.set(candidate.text, [...(byText.get(candidate.text) ?? []), candidate]);
  const single = candidates.filter((c) => c.words.length === 1 && !isTypedElsewhere(c));
  const speakers = new Set(single.filter((c) => c.speaker || c.signals.size > 0).map((c) => c.text));
  const forms: string[] = [];
  for (const [text, group] of byText) {
    const first = group[0];
    if (first === undefined || group.some(isTypedElsewhere) || /\d/.test(text)) continue;
    const signalled = group.some((candidate) => candidate.signals.size > 0);
    // "Paul Dewar" … "Dewar said", "Rem Koolhaas" … "Her former professor, Koolhaas":
    // a name whose last word alone is elsewhere a speaker or described as a person.
    const spokenOf = first.words.length > 1 && speakers.has(first.words.at(-1) ?? '');
    if (signalled || spokenOf) forms.push(text);
  }
  const wordsOf = (text: string): number => text.split(/\s+/).length;
  return forms.sort((a, b) => wordsOf(b) - wordsOf(a));
}

export class PeopleIndex {
  readonly records: PersonRecord[] = [];
  private readonly byForm = new Map<string, PersonRecord>();
  /** resolve's answers once the records are complete (null while they are still being built). */
  private resolved: Map<string, PersonRecord | null> | null = null;

  constructor(candidates: readonly Candidate[], private readonly title: string) {
    const firstSeen = (text: string): number => candidates.find((c) => c.text === text)?.position ?? 0;
    for (const form of personForms(candidates)) {
      const words = form.split(/\s+/);
      const into = words.length > 1 ? this.records.find((record) => isSubsequence(words, record.words)) : undefined;
      if (into !== undefined) {
        into.forms.add(form);
        this.byForm.set(form, into);
      } else if (this.resolve(form) === null || words.length > 1) {
        this.add({ name: form, words, forms: new Set([form]), shortForms: new Set(), gender: null, firstPosition: firstSeen(form) });
      }
    }
    // From here on records and forms are fixed (only genders and short forms change, which
    // resolve never reads), so resolve's answer for a text can no longer change.
    this.resolved = new Map();
    for (const candidate of candidates) {
      const record = this.resolve(candidate.text);
      if (record === null) continue;
      if (candidate.words.length === 1 && !record.forms.has(candidate.text)) record.shortForms.add(candidate.text);
      record.gender ??= candidate.gender;
    }
    for (const record of this.records) {
      const given = GIVEN_NAMES.get((record.words.length === 1 ? (record.words[0] ?? '') : (givenNameOf(record.words) ?? '')).toLowerCase());
      if (given !== undefined && given !== null) record.gender = given;
    }
  }

  private add(record: PersonRecord): void {
    this.records.push(record);
    this.byForm.set(record.name, record);
  }

  /** The person a written name refers to, or null when it names nobody known (or is ambiguous). */
  resolve(text: string): PersonRecord | null {
    if (this.resolved === null) return this.find(text);
    let found = this.resolved.get(text);
    if (found === undefined) this.resolved.set(text, (found = this.find(text)));
    return found;
  }

  private find(text: string): PersonRecord | null {
    const direct = this.byForm.get(text);
    if (direct !== undefined) return direct;
    const words = text.split(/\s+/);
    if (words.length > 1) return this.records.find((record) => isSubsequence(words, record.words)) ?? null;
    const bySurname = this.records.filter((record) => surnameOf(record.words) === text);
    if (bySurname.length === 1) return bySurname[0] ?? null;
    if (bySurname.length > 1) return this.preferred(bySurname);
    const byGiven = this.records.filter((record) => givenNameOf(record.words) === text);
    return byGiven.length === 1 ? (byGiven[0] ?? null) : null;
  }

  /** Among people sharing a surname: the one the article is titled after. */
  private preferred(records: readonly PersonRecord[]): PersonRecord | null {
    const titled = records.filter((record) => {
      const given = givenNameOf(record.words);
      const surname = surnameOf(record.words);
      return this.title.includes(record.name) || (given !== null && surname !== null && this.title.includes(`${given} ${surname}`));
    });
    // Otherwise "Sam" could be Thomas or Manju Sam: better no answer than a guess.
    return titled.length === 1 ? (titled[0] ?? null) : null;
  }

  /** Every name for the person, fullest first: other full forms, first + last name, surname. */
  aliasesOf(record: PersonRecord): string[] {
    const aliases = [record.name, ...record.forms];
    const given = givenNameOf(record.words);
    const surname = surnameOf(record.words);
    const middle = record.words.slice(1, -1);
    if (given !== null && surname !== null && middle.length > 0 && middle.every((word) => /^\p{Lu}/u.test(word))) {
      aliases.push(`${given} ${surname}`);
    }
    if (surname !== null && this.resolve(surname) === record) aliases.push(surname);
    aliases.push(...record.shortForms);
    return [...new Set(aliases)];
  }
}
