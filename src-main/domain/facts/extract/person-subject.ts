/**
 * The person a clause is about, when its subject is a name or a personal pronoun ("He served as
 * minister of finance"): a pronoun is the nearest person before it, in this sentence or up to
 * three sentences back, whose gender the article does not contradict.
 */
import type { ArticleEntities, Gender } from '../../entities';
import type { EntityIndex, ExtractionContext, Mention, SentenceAnalysis } from '../context';
import { low } from './clause-tokens';

const PRONOUNS: Record<string, Gender> = { he: 'male', she: 'female' };
const LOOK_BACK = 3;
const hasGender = (entities: EntityIndex): entities is ArticleEntities => 'genderOf' in entities;

export function subjectPerson(analysis: SentenceAnalysis, context: ExtractionContext, subjectEnd: number): Mention | null {
  const mentions = context.entities.mentionsIn(analysis.sentence.index);
  const named = mentions.find((m) => m.type === 'person' && m.tokenRange[1] < subjectEnd);
  if (named) return named;
  const pronoun = analysis.tokens.slice(0, subjectEnd).find((t) => t.pos === 'PRON' && low(t) in PRONOUNS);
  if (!pronoun || analysis.tokens.slice(0, subjectEnd).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return null;
  const gender = PRONOUNS[low(pronoun)] ?? null;
  const at = context.sentences.findIndex((s) => s.sentence.index === analysis.sentence.index);
  for (let back = 1; back <= LOOK_BACK && at - back >= 0; back += 1) {
    const earlier = context.sentences[at - back];
    if (!earlier) break;
    const people = context.entities.mentionsIn(earlier.sentence.index).filter((m) => m.type === 'person');
    const fits = people.filter((m) => {
      const known = hasGender(context.entities) ? context.entities.genderOf(m.canonical) : null;
      return known === null || known === gender;
    });
    // Only an unambiguous antecedent: one person of that gender in the nearest sentence naming any.
    if (people.length > 0) return new Set(fits.map((m) => m.canonical)).size === 1 ? (fits[0] ?? null) : null;
  }
  return null;
}
