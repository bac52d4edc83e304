/**
 * A causal claim keeps its holder: "Mexico has long argued that US-made firearms fuel cartel
 * violence" is Mexico's claim, "the government's argument that drought had caused the rise" is
 * the government's, "according to Rathbun" is Rathbun's. A cause under a denial ("denied that"),
 * a question ("whether") or a verb we cannot read is dropped: a claim must never become a fact.
 */
import type { EntityIndex, SentenceAnalysis } from '../context';
import type { CauseFact } from '../model';
import { textOf } from './clause';
import { nounPhraseStart } from './clause-np';
import type { FoundClause } from './clause-parse';
import { low } from './clause-tokens';
import { actorOf } from './event-actor';

const CLAIM_VERBS = new Set([
  'argue', 'say', 'claim', 'allege', 'assert', 'believe', 'suggest', 'contend', 'maintain', 'insist', 'state', 'indicate',
  'report', 'think', 'fear', 'warn', 'accuse', 'tell', 'write', 'testify', 'speculate', 'hypothesise', 'hypothesize', 'estimate',
]);
// Verbs and nouns that present their clause as true: no hedge needed.
const FACTIVE = new Set(['confirm', 'show', 'reveal', 'find', 'know', 'realise', 'realize', 'prove', 'learn', 'note', 'discover', 'demonstrate', 'establish', 'acknowledge', 'admit', 'recognise', 'recognize', 'notice', 'understand', 'fact', 'evidence', 'point', 'extent', 'sign', 'proof']);
const CLAIM_NOUNS = new Set(['argument', 'claim', 'allegation', 'assertion', 'contention', 'belief', 'view', 'suggestion', 'theory', 'hypothesis', 'report', 'fear', 'idea', 'notion', 'speculation', 'rumour', 'rumor', 'conclusion', 'assumption']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);

type Hedge = CauseFact['hedge'];
/** A hedge (or none), or `undefined` when the cause must not be stated at all. */
export type HedgeResult = { readonly hedge: Hedge } | undefined;

export function hedgeFor(analysis: SentenceAnalysis, entities: EntityIndex, clauses: readonly FoundClause[], at: number): HedgeResult {
  const { tokens } = analysis;
  const holderOf = (clause: FoundClause | undefined): string | null => {
    if (!clause) return null;
    // "Reports from The New York Times" is held by the whole phrase; "Mexico" by its canonical name.
    const actor = actorOf(analysis, entities, clause.subject);
    const hasPhrase = tokens.slice(clause.subject.start, clause.subject.end).some((t) => t.pos === 'ADP');
    return actor && !hasPhrase ? actor.canonical : textOf(analysis, clause.subject.start, clause.subject.end);
  };
  const complementizer = findComplementizer(analysis, at);
  if (complementizer >= 0) {
    if (low(tokens[complementizer]) !== 'that') return undefined;
    let g = complementizer - 1;
    while (g > 0 && tokens[g]?.pos === 'ADV') g -= 1;
    const governor = tokens[g];
    if (!governor || tokens.slice(Math.max(0, g - 3), g).some((t) => NEGATIONS.has(low(t)))) return undefined;
    const owner = clauses.find((c) => c.verb.start <= g && c.end >= g);
    if (FACTIVE.has(governor.lemma)) return { hedge: null };
    if (governor.pos === 'VERB' && CLAIM_VERBS.has(governor.lemma)) {
      const holder = holderOf(owner);
      return holder ? { hedge: { holder, verb: governor.text } } : undefined;
    }
    if (governor.pos === 'NOUN' && CLAIM_NOUNS.has(governor.lemma)) {
      // "the government's argument that …": the possessor holds it.
      const start = nounPhraseStart(tokens, g + 1, new Set());
      const possessive = tokens.slice(start, g).findIndex((t) => ["'s", '’s'].includes(t.text));
      const holder = possessive >= 0 ? textOf(analysis, start, start + possessive) : holderOf(owner);
      return holder ? { hedge: { holder, verb: governor.text } } : undefined;
    }
    return governor.pos === 'VERB' ? undefined : { hedge: null };
  }
  const claim = clauses.find((c) => c.verb.end <= at && c.end >= at && CLAIM_VERBS.has(tokens[c.verb.head]?.lemma ?? ''));
  if (claim) {
    const holder = holderOf(claim);
    return holder ? { hedge: { holder, verb: tokens[claim.verb.head]?.text ?? '' } } : undefined;
  }
  // "According to the Sydney Morning Herald, …" anywhere in the sentence.
  const according = tokens.findIndex((t, i) => low(t) === 'according' && low(tokens[i + 1]) === 'to');
  if (according >= 0) {
    let end = according + 2;
    while (end < tokens.length && ['PROPN', 'NOUN', 'DET', 'ADJ', 'PART'].includes(tokens[end]?.pos ?? '')) end += 1;
    if (end > according + 2) return { hedge: { holder: textOf(analysis, according + 2, end), verb: 'according to' } };
  }
  return { hedge: null };
}

/** The nearest "that"/"whether" before `at` that opens a complement clause, or -1. */
function findComplementizer(analysis: SentenceAnalysis, at: number): number {
  const { tokens } = analysis;
  for (let i = at - 1; i >= 0; i -= 1) {
    const token = tokens[i];
    if (!token || token.text === ';') return -1;
    if (low(token) === 'whether') return i;
    // wink tags the complementizer SCONJ, or DET after a noun ("argument that/DET drought …").
    const previous = tokens[i - 1];
    const claimNoun = previous !== undefined && (CLAIM_NOUNS.has(previous.lemma) || FACTIVE.has(previous.lemma));
    if (low(token) === 'that' && (token.pos === 'SCONJ' || claimNoun)) return i;
  }
  return -1;
}
