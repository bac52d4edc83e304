/**
 * Every way of writing the expected answer that counts as right, each with the words the grade
 * gives when the learner used it: the answer itself, the question's and the fact's aliases, a
 * person's surname, another name of a country ("US" for "United States").
 */
import { GIVEN_NAMES } from '../entities/gazetteer/given-names';
import { countryNames, lookUpPlace } from '../entities/gazetteer';
import type { Fact } from '../facts/model';
import type { Question } from '../questions/model';
import { foldAnswer } from './fold';

export interface ExpectedForm {
  readonly text: string;
  /** How the grade names this form; null for the expected answer itself. */
  readonly label: string | null;
  /**
   * Short alternative names take no typos: one slip from "America" is "American", a nationality,
   * and the learner who knows the full name gets the typo allowance on it anyway.
   */
  readonly exactOnly?: boolean;
}

/** Lower-case words that belong to a surname ("de la Fuente", "van Gogh", "bin Salman"). */
const SURNAME_PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'bin', 'al', 'el']);

function surnameOf(name: string): string | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5 || /\d/.test(name)) return null;
  if (!words.every((word) => /^\p{Lu}/u.test(word) || SURNAME_PARTICLES.has(word.toLowerCase()))) return null;
  let start = words.length - 1;
  while (start > 1 && SURNAME_PARTICLES.has((words[start - 1] ?? '').toLowerCase())) start -= 1;
  return words.slice(start).join(' ');
}

/**
 * The name a person question expects, when the answer is that name (not the person's role).
 * Without the fact, a known given name first ("Claudia Sheinbaum") tells a name from a
 * capitalised role ("Foreign Minister").
 */
function personName(question: Question, fact: Fact | undefined): string | null {
  if (question.factKind !== 'person' && question.factKind !== 'quote') return null;
  const written = fact?.kind === 'person' ? fact.name : fact?.kind === 'quote' ? fact.speaker : undefined;
  if (written !== undefined) return foldAnswer(written) === foldAnswer(question.answer) ? written : null;
  const first = question.answer.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  return GIVEN_NAMES.has(first) ? question.answer : null;
}

/** "United States" → "US", "USA", "America" … (names only: "American" is a nationality). */
export function otherCountryNames(answer: string): ExpectedForm[] {
  const place = lookUpPlace(answer.trim().replace(/^the\s+/i, ''));
  if (place === null || place.type !== 'place' || place.capitalOf !== null) return [];
  return countryNames(place.canonical).map((name) => ({ text: name, label: `another name for ${place.canonical}`, exactOnly: true }));
}

/** A surname for a given-name-first person ("Marco Rubio" → "Rubio"), for list items and pairs. */
export function surnameForm(name: string): ExpectedForm[] {
  const first = name.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const surname = GIVEN_NAMES.has(first) ? surnameOf(name) : null;
  return surname === null ? [] : [{ text: surname, label: 'surname' }];
}

function withoutRepeats(forms: readonly ExpectedForm[]): ExpectedForm[] {
  const seen = new Set<string>();
  return forms.filter((form) => {
    const key = foldAnswer(form.text);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The forms of a single-item answer (a list item, a matching side). */
export function formsOfItem(item: string): ExpectedForm[] {
  return withoutRepeats([{ text: item, label: null }, ...surnameForm(item), ...otherCountryNames(item)]);
}

/** The forms of a question's answer, the expected answer first. `fact` counts only if it is the question's. */
export function expectedForms(question: Question, fact: Fact | undefined): ExpectedForm[] {
  const own = fact?.id === question.factId ? fact : undefined;
  const name = personName(question, own);
  const surname = name === null ? null : surnameOf(name);
  return withoutRepeats([
    { text: question.answer, label: null },
    // Named forms before plain aliases, so a surname that is also an alias is called a surname.
    ...(surname === null ? [] : [{ text: surname, label: 'surname' }]),
    ...otherCountryNames(question.answer),
    ...question.accepted.map((alias) => ({ text: alias, label: `alias ${alias}` })),
    ...(own?.aliases ?? []).map((alias) => ({ text: alias, label: `alias ${alias}` })),
  ]);
}
