/**
 * Nouns that describe a person ("a practising homeopath", "an influential figure"): an appositive
 * or a definition headed by one is a person's role, which the person rule owns, not a term.
 */
import type { Token } from '../../nlp/tokens';

const ROLES = new Set([
  'president', 'minister', 'secretary', 'spokesperson', 'spokeswoman', 'spokesman', 'representative', 'member', 'figure',
  'official', 'officer', 'leader', 'director', 'chief', 'head', 'founder', 'co-founder', 'homeopath', 'doctor', 'professor',
  'student', 'pupil', 'writer', 'author', 'journalist', 'reporter', 'editor', 'actor', 'actress', 'musician', 'singer',
  'architect', 'mathematician', 'physicist', 'scientist', 'biologist', 'chemist', 'engineer', 'lawyer', 'attorney', 'judge',
  'prosecutor', 'detective', 'investigator', 'friend', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'wife',
  'husband', 'nephew', 'niece', 'uncle', 'aunt', 'child', 'man', 'woman', 'boy', 'girl', 'person', 'people', 'citizen',
  'resident', 'billionaire', 'millionaire', 'businessman', 'businesswoman', 'industrialist', 'candidate', 'mp', 'senator',
  'governor', 'mayor', 'king', 'queen', 'prince', 'princess', 'contemporary', 'defector', 'colleague', 'partner', 'employee',
  'worker', 'soldier', 'player', 'coach', 'manager', 'ceo', 'chairman', 'chairwoman', 'teacher', 'nurse', 'victim', 'suspect',
  'expert', 'analyst', 'researcher', 'farmer', 'priest', 'bishop', 'monk', 'poet', 'painter', 'composer', 'producer', 'owner',
  'veteran', 'immigrant', 'refugee', 'native', 'individual', 'guy', 'lady', 'gentleman', 'adviser', 'advisor', 'aide', 'envoy',
]);

export function isRoleNoun(token: Token | undefined): boolean {
  if (!token) return false;
  const lemma = token.lemma.toLowerCase();
  return ROLES.has(lemma) || ROLES.has(token.text.toLowerCase()) || /(ist|ian|man|woman|person)$/.test(lemma);
}
