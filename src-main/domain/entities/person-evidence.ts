/**
 * Evidence that a name is a person, read from the words around it, beyond titles and appositions
 * (candidates.ts): a lone surname heading a government, and a name a relation is "of".
 */
import type { Token } from '../nlp/tokens';
import { HONORIFICS, RELATION_NOUNS } from './gazetteer/roles';
import type { NameRun } from './runs';
import { lower } from './words';

const GOVERNMENT_NOUNS = new Set(['administration', 'presidency', 'premiership', 'cabinet']);
const RELATION_OF = new Set(['contemporary', 'student', 'pupil', 'disciple', 'protégé', 'supervision', 'tutelage', 'successor', 'predecessor', 'rival']);

/** "the Trump administration", "the Obama presidency": a lone surname heading a government is a person. */
export function leadsGovernment(tokens: readonly Token[], run: NameRun, words: number): boolean {
  return words === 1 && lower(tokens[run.first - 1]) === 'the' && GOVERNMENT_NOUNS.has(lower(tokens[run.coreLast + 1]));
}

/** "a son of Johann Bernoulli", "a close friend of Leonhard Euler", "under supervision of Prof. X". */
export function isRelationOf(tokens: readonly Token[], run: NameRun): boolean {
  let before = run.first - 1;
  while (before > 0 && HONORIFICS.has(lower(tokens[before]))) before -= 1;
  return lower(tokens[before]) === 'of' && (RELATION_NOUNS.has(lower(tokens[before - 1])) || RELATION_OF.has(lower(tokens[before - 1])));
}

