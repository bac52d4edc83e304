/**
 * Cause facts asked from the effect's side, where the article's point is what follows: "…,
 * leading to [severe malnutrition]" (`cause:result`), "if the velocity increases then [the
 * pressure falls]" (`cause:conditional`), "its round shape symbolizes [wealth and good fortune]"
 * and "festivals marking [the end of …]" (`cause:meaning`). The answer is then the effect; `cause`
 * and `effect` stay verbatim. Also reasons read as phrases: "…, there being [poor rewards
 * awaiting a mathematician]" (`cause:absolute`) and "tariffs over [drug and migration flows]"
 * (`cause:over`).
 */
import { textOf, trimTail } from './clause';
import { nounPhraseEnd, nounPhraseStart, NOUN_PREPOSITIONS } from './clause-np';
import { low } from './clause-tokens';
import type { CauseCandidate, CauseScope } from './cause-effect';

const STOPS = new Set([',', ';', ':', '—', '–', '.', '!', '?', '(']);
const FORCES = new Set(['push', 'pull', 'drive', 'lift', 'force', 'press', 'propel', 'blow', 'carry', 'power', 'hold', 'draw']);
const LOCATIVE = new Set(['under', 'above', 'below', 'behind', 'beneath', 'inside', 'near']);
const MEANS_VERBS = new Set(['focus', 'rely', 'depend', 'center', 'centre', 'draw']);
const SYMBOL_VERBS = new Set(['symbolize', 'symbolise', 'symbolizes', 'symbolises', 'symbolized', 'symbolised', 'signify', 'signifies', 'signified', 'represent', 'represents', 'represented', 'mark', 'marks', 'marking']);
/** Nouns of reaction that "over" gives a reason for: "tariffs over drug flows", "protests over prices". */
const REACTIONS = new Set(['tariff', 'tariffs', 'sanction', 'sanctions', 'protest', 'protests', 'dispute', 'disputes', 'row', 'anger', 'outrage', 'concern', 'concerns', 'fears', 'criticism', 'lawsuit', 'strike', 'strikes', 'clash', 'clashes', 'tension', 'tensions', 'boycott', 'fine', 'fines', 'charges', 'resignation', 'threat', 'threats']);

const clauseEnd = (scope: CauseScope, from: number): number => {
  const { tokens } = scope.analysis;
  let end = from;
  while (end < tokens.length && !STOPS.has(tokens[end]?.text ?? '') && !scope.nested[end]) end += 1;
  return trimTail(tokens, from, end);
};
/** A noun phrase, with one coordinated conjunct ("wealth and good fortune", "drug and migration flows"). */
function phrase(scope: CauseScope, from: number): number {
  const { tokens } = scope.analysis;
  const end = nounPhraseEnd(tokens, from, { prepositions: NOUN_PREPOSITIONS });
  if (end === from || !['and', 'or'].includes(low(tokens[end]))) return end;
  const more = nounPhraseEnd(tokens, end + 1, { prepositions: NOUN_PREPOSITIONS });
  return more > end + 1 && more - from <= 10 ? more : end;
}

/** Back to the last comma, semicolon or "so": where the clause a phrase belongs to starts. */
function segmentStart(scope: CauseScope, at: number): number {
  const { tokens } = scope.analysis;
  let start = at;
  while (start > 0 && ![',', ';', ':', '—'].includes(tokens[start - 1]?.text ?? '') && low(tokens[start - 1]) !== 'so') start -= 1;
  return start;
}

/** "died from [infection caused by severe eczema]", "is pushed upwards by [the … pressure]", "focused on [social programs] to reduce crime". */
function agentCandidates(scope: CauseScope, i: number): CauseCandidate[] {
  const { tokens } = scope.analysis;
  const word = low(tokens[i]);
  const lemma = tokens[i]?.lemma.toLowerCase() ?? '';
  if (lemma === 'die' && ['from', 'of'].includes(low(tokens[i + 1]))) {
    let end = phrase(scope, i + 2);
    // A reduced relative belongs to the reason: "infection [caused by severe eczema]".
    if (end > i + 2 && tokens[end]?.pos === 'VERB' && /ed$/.test(low(tokens[end])) && low(tokens[end + 1]) === 'by') end = Math.max(end, phrase(scope, end + 2));
    const start = segmentStart(scope, i);
    if (end > i + 2 && end - i <= 12) return [{ cause: { start: i + 2, end }, effect: textOf(scope.analysis, start, i + 1), relation: 'reason', rule: 'cause:died-of', at: i }];
  }
  const participle = tokens[i - 1]?.pos === 'ADV' ? i - 2 : i - 1;
  if (word === 'by' && FORCES.has(tokens[participle]?.lemma.toLowerCase() ?? '')) return agent(scope, i, participle);
  if (MEANS_VERBS.has(lemma) && low(tokens[i + 1]) === 'on') {
    const end = phrase(scope, i + 2);
    if (end > i + 2 && low(tokens[end]) === 'to' && tokens[end + 1]?.pos === 'VERB') {
      return [{ cause: { start: i + 2, end }, effect: textOf(scope.analysis, end, clauseEnd(scope, end)), relation: 'purpose', rule: 'cause:means', at: i }];
    }
  }
  return [];
}

/** The agent of a passive force: the wing "is pushed upwards by [the relatively higher pressure]". */
function agent(scope: CauseScope, by: number, participle: number): CauseCandidate[] {
  const { tokens } = scope.analysis;
  if (tokens[participle - 1]?.lemma.toLowerCase() !== 'be' || !/ed$|en$/.test(low(tokens[participle]))) return [];
  let end = phrase(scope, by + 1);
  // Where the force acts belongs to it: "the higher pressure [under the wing]".
  if (end > by + 1 && LOCATIVE.has(low(tokens[end]))) end = Math.max(end, phrase(scope, end + 1));
  const start = segmentStart(scope, participle);
  if (end <= by + 1 || end - by > 10 || start >= participle - 1) return [];
  return [{ cause: { start: by + 1, end }, effect: textOf(scope.analysis, start, by), relation: 'reason', rule: 'cause:agent', at: by }];
}

export function resultCandidates(scope: CauseScope): CauseCandidate[] {
  const { tokens } = scope.analysis;
  const found: CauseCandidate[] = [];
  tokens.forEach((token, i) => {
    if (scope.nested[i]) return;
    found.push(...agentCandidates(scope, i));
    const word = low(token);
    const previous = tokens[i - 1];
    if (['leading', 'resulting'].includes(word) && previous?.text === ',' && ['to', 'in'].includes(low(tokens[i + 1]))) {
      const end = phrase(scope, i + 2);
      const causeStart = tokens.findIndex((t, k) => k < i && !scope.nested[k] && t.pos !== 'PUNCT' && t.pos !== 'ADV');
      if (end > i + 2 && causeStart >= 0) {
        found.push({ cause: { start: causeStart, end: i - 1 }, answer: { start: i + 2, end }, effect: textOf(scope.analysis, i + 2, end), relation: 'reason', rule: 'cause:result', at: i });
      }
    }
    if (word === 'if') {
      const then = tokens.findIndex((t, k) => k > i + 2 && low(t) === 'then' && !scope.nested[k]);
      const end = then < 0 ? -1 : clauseEnd(scope, then + 1);
      const causeEnd = then < 0 ? -1 : trimTail(tokens, i + 1, then);
      if (then > 0 && end > then + 2 && causeEnd > i + 2 && !tokens.slice(i + 1, then).some((t) => t.text === ';')) {
        found.push({ cause: { start: i + 1, end: causeEnd }, answer: { start: then + 1, end }, effect: textOf(scope.analysis, then + 1, end), relation: 'reason', rule: 'cause:conditional', at: i });
      }
    }
    if (SYMBOL_VERBS.has(word) && (token.pos === 'VERB' || token.pos === 'NOUN')) {
      const end = phrase(scope, i + 1);
      const subjectStart = nounPhraseStart(tokens, i, new Set());
      const participle = word.endsWith('ing') && previous?.pos === 'NOUN';
      const finite = !word.endsWith('ing') && subjectStart < i && (subjectStart === 0 || STOPS.has(tokens[subjectStart - 1]?.text ?? '') || tokens[subjectStart - 1]?.pos === 'CCONJ');
      const determined = ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(tokens[i + 1]?.pos ?? '');
      if ((participle || finite) && determined && end > i + 1 && end - i <= 10) {
        const from = participle ? nounPhraseStart(tokens, i, new Set()) : subjectStart;
        found.push({ cause: { start: from, end: i }, answer: { start: i + 1, end }, effect: textOf(scope.analysis, i + 1, end), relation: 'reason', rule: 'cause:meaning', at: i });
      }
    }
    if (word === 'there' && low(tokens[i + 1]) === 'being' && previous?.text === ',') {
      const end = clauseEnd(scope, i + 2);
      const effectStart = tokens.findIndex((t) => t.pos !== 'PUNCT' && t.pos !== 'ADV');
      if (end > i + 3 && end - i <= 14) {
        found.push({ cause: { start: i + 2, end }, effect: textOf(scope.analysis, effectStart, trimTail(tokens, effectStart, i)), relation: 'reason', rule: 'cause:absolute', at: i });
      }
    }
    if (word === 'over' && REACTIONS.has(low(previous)) && ['NOUN', 'ADJ', 'DET'].includes(tokens[i + 1]?.pos ?? '')) {
      const end = phrase(scope, i + 1);
      let start = nounPhraseStart(tokens, i, new Set());
      // The effect is a noun phrase: from past a participle ("proposed tariffs" → "tariffs"), so it never reads as a clause.
      for (let k = start; k < i; k += 1) if (tokens[k]?.pos === 'VERB') start = k + 1;
      if (end > i + 1 && start < i && !/^\d/.test(tokens[i + 1]?.text ?? '')) {
        found.push({ cause: { start: i + 1, end }, effect: textOf(scope.analysis, start, i), relation: 'reason', rule: 'cause:over', at: i });
      }
    }
  });
  return found;
}
