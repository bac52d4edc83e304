/**
 * Runs inside a worker thread (see deck-runner.ts), so a case that never finishes can be stopped:
 * reads one bad input, parses it like the CLI does (no metadata), generates its deck and reports
 * what is wrong with either, in words. Anything thrown is reported too, never re-thrown.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { parseArticle } from '../../src-main/domain/article';
import { generateDeck, type Deck } from '../../src-main/domain/deck';
import { articleProblems } from './invariants';

export interface DeckJob {
  /** The text itself, or a file to read (decoded as the loader does, bad bytes replaced). */
  readonly text?: string;
  readonly path?: string;
  /** The generator gets at most this many leading characters. */
  readonly limit: number;
}

export type DeckOutcome =
  | { readonly kind: 'deck'; readonly problems: string[]; readonly facts: number; readonly questions: number }
  | { readonly kind: 'unreadable'; readonly code: string }
  | { readonly kind: 'threw'; readonly error: string };

function deckProblems(deck: Deck, text: string): string[] {
  const problems: string[] = [];
  const inside = (span: { start: number; end: number }): boolean => span.start >= 0 && span.start <= span.end && span.end <= text.length;
  const factIds = new Set(deck.facts.map((fact) => fact.id));
  if (factIds.size !== deck.facts.length) problems.push('two facts share an id');
  for (const fact of deck.facts) {
    if (!inside(fact.sentenceSpan) || !inside(fact.answerSpan)) problems.push(`fact ${fact.id} points outside the text`);
    else if (fact.sentence !== text.slice(fact.sentenceSpan.start, fact.sentenceSpan.end)) problems.push(`fact ${fact.id} sentence is not its span`);
  }
  for (const question of deck.questions) {
    if (!factIds.has(question.factId)) problems.push(`question ${question.id} names a fact that is not in the deck`);
    if (typeof question.prompt !== 'string' || question.prompt.trim() === '') problems.push(`question ${question.id} has no prompt`);
  }
  JSON.parse(JSON.stringify(deck)); // the CLI prints it as JSON: it must survive the trip
  return problems.slice(0, 20);
}

function run(job: DeckJob): DeckOutcome {
  let text: string;
  if (job.text !== undefined) text = job.text;
  else {
    try {
      text = new TextDecoder('utf-8').decode(readFileSync(job.path ?? ''));
    } catch (error) {
      return { kind: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? 'unknown' };
    }
  }
  try {
    const input = text.slice(0, job.limit);
    const article = parseArticle(input);
    const deck = generateDeck(article);
    const problems = [...articleProblems(article, input), ...deckProblems(deck, input)];
    return { kind: 'deck', problems, facts: deck.facts.length, questions: deck.questions.length };
  } catch (error) {
    return { kind: 'threw', error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

parentPort?.on('message', (job: DeckJob) => parentPort?.postMessage(run(job)));
