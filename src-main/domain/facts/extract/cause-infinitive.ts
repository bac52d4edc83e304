/**
 * A bare "to + verb" is a purpose only after a complete predicate whose verb does not take an
 * infinitive of its own: "Sheinbaum announced a constitutional reform proposal to safeguard …"
 * and "the family emigrated to escape …" are purposes; "sought to ease", "forced to resign",
 * "the first woman to receive", "easy to measure", "squares for the ants to live in" are not.
 */
import { isGerund, isPastForm, low } from './clause-tokens';
import { causeEnd, clauseText, hasReadableSubject } from './cause-effect';
import type { CauseCandidate, CauseScope } from './cause-effect';

// Verbs whose infinitive is their complement, not a purpose.
const CONTROL = new Set([
  'want', 'wish', 'try', 'seek', 'decide', 'agree', 'refuse', 'need', 'plan', 'hope', 'attempt', 'fail', 'manage', 'begin',
  'start', 'continue', 'ask', 'tell', 'advise', 'force', 'persuade', 'encourage', 'allow', 'permit', 'enable', 'expect',
  'require', 'urge', 'order', 'invite', 'prefer', 'like', 'love', 'hate', 'intend', 'aim', 'design', 'motivate', 'pressure',
  'teach', 'learn', 'promise', 'threaten', 'choose', 'offer', 'prepare', 'tend', 'seem', 'appear', 'happen', 'help', 'get',
  'cause', 'lead', 'make', 'let', 'have', 'be', 'become', 'plead', 'beg', 'remind', 'warn', 'instruct', 'convince', 'compel',
  'oblige', 'authorize', 'authorise', 'train', 'struggle', 'strive', 'dare', 'claim', 'say', 'believe', 'know', 'consider',
  'elect', 'appoint', 'nominate', 'push', 'call', 'vote', 'arrange', 'wait', 'rush', 'hesitate', 'volunteer', 'pledge', 'vow',
]);
// Verbs that take no object and whose bare "to" is a purpose ("emigrated to escape …").
const INTRANSITIVE = new Set(['go', 'come', 'travel', 'move', 'emigrate', 'return', 'fly', 'flee', 'walk', 'drive', 'gather', 'meet', 'work', 'stop']);
// Nouns whose infinitive says what they are, not why something happened ("time to say goodbye").
const NOUN_COMPLEMENT = new Set([
  'time', 'chance', 'right', 'ability', 'decision', 'way', 'need', 'opportunity', 'permission', 'power', 'tendency', 'desire',
  'refusal', 'failure', 'promise', 'reason', 'place', 'courage', 'willingness', 'freedom', 'authority', 'obligation', 'duty',
  'urge', 'attempt', 'order', 'capacity', 'license', 'licence', 'mandate', 'choice', 'pressure', 'data', 'money', 'one',
]);
const RANKING = new Set(['first', 'last', 'only', 'next', 'second', 'third', 'latest', 'earliest']);

export function infinitivePurpose(scope: CauseScope, to: number): CauseCandidate | null {
  const { tokens } = scope.analysis;
  const verb = tokens[to + 1];
  if (!verb || verb.pos !== 'VERB' || isPastForm(verb) || isGerund(verb)) return null;
  const clause = scope.clauses
    .filter((c) => c.verb.end <= to && c.end > to)
    .sort((a, b) => b.verb.start - a.verb.start)[0];
  if (!clause || clause.verb.copular || !hasReadableSubject(scope, clause)) return null;
  // "are forced to accommodate X to support Y": the last infinitive of the chain governs.
  let head = clause.verb.head;
  let after = clause.verb.end;
  while (after + 1 < to && low(tokens[after]) === 'to' && tokens[after + 1]?.pos === 'VERB') {
    head = after + 1;
    after += 2;
  }
  const governing = tokens[head]?.lemma ?? '';
  if (CONTROL.has(governing)) return null;
  const between = tokens.slice(after, to);
  if (between.length === 0 && !INTRANSITIVE.has(governing)) return null;
  const blocked = between.some((t) =>
    ['VERB', 'AUX', 'SCONJ', 'CCONJ'].includes(t.pos) || (t.pos === 'PRON' && !['his', 'her', 'its', 'their'].includes(low(t))) ||
    [',', ';', 'to', 'for', 'than', 'as'].includes(low(t)) || RANKING.has(low(t)) || t.entity === 'ORDINAL' || /est$/.test(low(t)) && t.pos === 'ADJ');
  const before = tokens[to - 1];
  if (blocked || !before || ['ADJ', 'ADV'].includes(before.pos) || NOUN_COMPLEMENT.has(before.lemma)) return null;
  const end = causeEnd(scope, to);
  const effect = clauseText(scope, clause, to);
  return end > to + 2 && effect ? { cause: { start: to, end }, effect, relation: 'purpose', rule: 'cause:to-purpose', at: to } : null;
}
