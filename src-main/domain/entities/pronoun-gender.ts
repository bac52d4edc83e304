/**
 * A person's gender from the pronouns that refer back to them: when a sentence names one person
 * only, as its subject, a reflexive after the name ("treat his daughter himself") or a subject
 * pronoun opening the next sentence (which names nobody) counts as a vote. Possessives are left
 * alone: in a biography "her" is mostly the article's subject. Only unopposed votes decide;
 * titles and given names, found earlier, are never overridden.
 */
import type { SentenceAnalysis } from '../facts/context';
import type { Gender } from './gazetteer/roles';
import type { PersonRecord } from './people';

const SUBJECT: Record<string, Gender> = { he: 'male', she: 'female' };
const REFLEXIVE: Record<string, Gender> = { himself: 'male', herself: 'female' };
const SUBJECT_WITHIN = 3;

/** `people[p]`: the people named in sentence p, with the token where the first mention ends. */
export function assignPronounGenders(sentences: readonly SentenceAnalysis[], people: ReadonlyMap<number, ReadonlyMap<PersonRecord, number>>): void {
  const votes = new Map<PersonRecord, Set<Gender>>();
  const vote = (record: PersonRecord, tokens: SentenceAnalysis['tokens'], from: number, to: number, words: Record<string, Gender>): void => {
    for (let at = from; at < to; at += 1) {
      const gender = words[(tokens[at]?.text ?? '').toLowerCase()];
      if (gender !== undefined && tokens[at]?.pos === 'PRON') votes.set(record, new Set([...(votes.get(record) ?? []), gender]));
    }
  };
  people.forEach((named, position) => {
    const only = named.size === 1 ? [...named][0] : undefined;
    if (only === undefined) return;
    const [record, after] = only;
    const tokens = sentences[position]?.tokens ?? [];
    if (after > SUBJECT_WITHIN + 4) return;
    vote(record, tokens, after + 1, tokens.length, REFLEXIVE);
    const next = sentences[position + 1];
    if (next !== undefined && !people.has(position + 1)) vote(record, next.tokens, 0, SUBJECT_WITHIN, SUBJECT);
  });
  for (const [record, genders] of votes) if (record.gender === null && genders.size === 1) record.gender = [...genders][0] ?? null;
}
