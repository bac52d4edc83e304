/**
 * Name and label distractors: people for a person (the article's own first), the same entity type
 * for organisations and places, other speakers for a quote, other terms for a term, other people's
 * roles for a role. A short answer ("Sheinbaum") gets short options ("Rubio").
 */
import type { EntityType } from '../../facts/context';
import type { Fact } from '../../facts/model';
import type { QuestionContext } from '../context';
import { isTitle, roleKey } from '../formats/qa-person';
import { contentWords, normalizeAnswer } from '../text/normalize';

/** A one-word form of a name: the name itself, a person's surname, else its first one-word alias ("US"). */
function shortForm(context: QuestionContext, type: EntityType, name: string): string | null {
  const words = name.trim().split(/\s+/);
  if (words.length === 1) return name.trim();
  // "Elizabeth II" has no short form: "Elizabeth" would be another person.
  if (type === 'person') return SUFFIX.test(words[words.length - 1] ?? '') ? null : (words[words.length - 1] ?? null);
  return context.entities.aliasesOf(name).find((alias) => /^\p{Lu}\S*$/u.test(alias.trim()) && !DEMONYM.test(alias)) ?? null;
}

const DEMONYM = /(an|ian|ese|ish|i)$/;
/** Regnal and generational suffixes ("Johann II", "King Jr."). */
const SUFFIX = /^(I{1,3}|IV|V|VI{0,3}|Jr\.?|Sr\.?)$/;

/** Generic head words two different names may share ("Gulf Cartel" / "Sinaloa Cartel"). */
const GENERIC_HEADS = new Set(
  'cartel cartels university college school company corporation party group council board ministry department station road street avenue city river hospital magazine times news museum church court office'.split(' '),
);

/** Names sharing a distinctive word may be parts of one another ("Scientology officials" / "Scientology"). */
export function sharesDistinctiveWord(a: string, b: string): boolean {
  const left = new Set(contentWords(a).filter((w) => !GENERIC_HEADS.has(w)));
  return contentWords(b).some((w) => !GENERIC_HEADS.has(w) && left.has(w));
}

type Gendered = { genderOf(name: string): string | null };

/** A person swapped for one of another gender reads wrong at once ("Manju Sam … treat his daughter himself"). */
export function sameGender(context: QuestionContext, a: string, b: string): boolean {
  const entities = context.entities as Partial<Gendered>;
  if (typeof entities.genderOf !== 'function') return true;
  return entities.genderOf(a) === entities.genderOf(b);
}

/** An option in another form is a giveaway: a word among names, "Nicktendo64" among phrases. */
export function sameForm(answer: string, candidate: string, role = false): boolean {
  const bare = (text: string) => text.trim().replace(/^(the|a|an)\s+/i, '');
  const digits = (text: string) => /\d/.test(text);
  const upper = (text: string) => /^[\p{Lu}\p{N}]/u.test(bare(text));
  // "was a Swiss mathematician": a description (a/an …) is not answered by a name ("was Leonhard Euler").
  const description = (text: string) => /^(a|an)\s/i.test(text.trim());
  return digits(answer) === digits(candidate) && upper(answer) === upper(candidate) && (role || description(answer) === description(candidate));
}

/** Candidates written in the answer's shape: a surname for a surname, a full name for a full name. */
export function entityCandidates(context: QuestionContext, type: EntityType, answer: string): string[] {
  const names = context.entities.entitiesOfType(type);
  if (/\s/.test(answer.trim())) return [...names];
  return [...uniqueShortForms(context, type, names)];
}

/** Per context and type: the short forms depend on nothing else, and counting them is quadratic. */
const shortForms = new WeakMap<QuestionContext, Map<EntityType, string[]>>();

function uniqueShortForms(context: QuestionContext, type: EntityType, names: readonly string[]): string[] {
  let byType = shortForms.get(context);
  if (byType === undefined) shortForms.set(context, (byType = new Map()));
  let unique = byType.get(type);
  if (unique === undefined) {
    // A short form two entities share ("Sam" for Thomas and Manju Sam) names neither.
    const forms = names.map((name) => shortForm(context, type, name));
    const counts = new Map<string | null, number>();
    for (const form of forms) counts.set(form, (counts.get(form) ?? 0) + 1);
    byType.set(type, (unique = forms.filter((form): form is string => form !== null && counts.get(form) === 1)));
  }
  return unique;
}

export function termCandidates(context: QuestionContext, fact: Fact): string[] {
  return context.facts.filter((other) => other.kind === 'term' && other.id !== fact.id).map((other) => other.answer);
}

/** Titles of the other people (only titles: "What position …?" is not answered by "a member of …"). */
export function roleCandidates(context: QuestionContext, name: string): string[] {
  const own = new Set(
    context.entities
      .persons()
      .filter((person) => context.entities.sameEntity(person.name, name))
      .flatMap((person) => person.roles.map(roleKey)),
  );
  return context.entities
    .persons()
    .filter((person) => !context.entities.sameEntity(person.name, name))
    .flatMap((person) => person.roles.filter(isTitle).slice(0, 1))
    .filter((role) => !own.has(roleKey(role)));
}
