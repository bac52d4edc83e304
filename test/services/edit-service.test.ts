/**
 * Browse and edit through the real dispatcher, store and generator: edits apply everywhere decks
 * are used, survive regeneration (a restart regenerates every deck), and an edit whose question
 * is gone is kept and reported. Suspend, delete, reset and facts made from a selection.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowseFact, Payload } from '../../src-main/contract';
import { openStudyApp, readLog, rightAnswer, useTempDirs, type StudyApp } from './study-fixtures';

const tempDir = useTempDirs();
const ID = 'radium';
const TEXT = [
  'Radium Research',
  '',
  'Marie Curie won the Nobel Prize in Physics in 1903. The Radium Institute in Paris employed 120 researchers in 1930.',
  '',
  'Pierre Curie died in 1906 after a street accident. The couple had two daughters, Irène and Ève.',
  '',
].join('\n');
/** "Who won the Nobel Prize in Physics in 1903?" → Marie Curie */
const WHO_WON = 'q-d2cf1f2d341a';
const CURIE_FACT = 'fact-ad037a04382b';
/** "How many researchers…" as multiple choice → 120 */
const HOW_MANY_MC = 'q-a09fb4ee6c29';

let app: StudyApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function contentWith(text: string, dir?: string): Promise<string> {
  const content = dir ?? (await tempDir());
  await mkdir(content, { recursive: true });
  await writeFile(path.join(content, 'articles.json'), JSON.stringify([{ id: ID, file: 'a.txt', title: 'Radium Research', language: 'en', source: null }]));
  await writeFile(path.join(content, 'a.txt'), text);
  return content;
}

async function open(content: string): Promise<StudyApp> {
  app = await openStudyApp(await tempDir(), { contentDir: content });
  return app;
}

async function edits(dataDir: string): Promise<{ questions: Record<string, unknown>; facts: Record<string, unknown>; added: Record<string, unknown> }> {
  return JSON.parse(await readFile(path.join(dataDir, 'edits.json'), 'utf8'));
}

const all: Payload<'browseFacts'> = { text: '', kinds: [], states: [], articleId: ID };

async function browseFact(a: StudyApp, factId: string, states: ('deleted' | 'new')[] = []): Promise<BrowseFact | undefined> {
  return (await a.call('browseFacts', { ...all, states })).facts.find((fact) => fact.factId === factId);
}

describe('editing a question', () => {
  it('applies to Browse, study and quizzes, and survives a restart and a regenerated deck', async () => {
    const content = await contentWith(TEXT);
    const a = await open(content);
    const saved = await a.call('saveQuestionEdit', {
      articleId: ID,
      questionId: WHO_WON,
      prompt: 'Who won the 1903 Nobel Prize in Physics, with her husband?',
      answer: 'Marie Skłodowska Curie',
      accepted: ['Marie Curie', 'Curie'],
      choices: null,
    });
    expect(saved.saved).toBe(true);
    if (!saved.saved) return;
    expect(saved.editor.edited).toBe(true);
    expect(saved.editor.generated.answer).toBe('Marie Curie');
    // Stored against the question's id, only what changed.
    expect((await edits(a.dataDir)).questions[WHO_WON]).toMatchObject({ articleId: ID, factId: CURIE_FACT, answer: 'Marie Skłodowska Curie', accepted: ['Marie Curie', 'Curie'] });

    const quiz = await a.call('startQuiz', { articleIds: [ID], length: 'all', formats: ['question-answer'], mode: 'practice', questionIds: [WHO_WON] });
    expect(quiz.questions).toEqual([expect.objectContaining({ id: WHO_WON, prompt: 'Who won the 1903 Nobel Prize in Physics, with her husband?', answer: 'Marie Skłodowska Curie' })]);
    expect((await a.call('answerQuizQuestion', { quizId: quiz.quizId, questionId: WHO_WON, answer: { kind: 'text', text: 'Curie' }, tookMs: 1000 })).grade.verdict).toBe('correct');

    const fact = await browseFact(a, CURIE_FACT);
    expect(fact?.edited).toBe(true);
    expect(fact?.questions.find((q) => q.id === WHO_WON)).toMatchObject({ answer: 'Marie Skłodowska Curie', edited: true });

    // A restart regenerates every deck from the text: the edit lands again on the same id.
    await a.restart();
    expect((await a.call('getQuestionEditor', { articleId: ID, questionId: WHO_WON })).question.answer).toBe('Marie Skłodowska Curie');
    // So does a change elsewhere in the article.
    await contentWith(`${TEXT}\nThe institute later became part of the Curie Institute.\n`, content);
    await a.restart();
    const editor = await a.call('getQuestionEditor', { articleId: ID, questionId: WHO_WON });
    expect(editor).toMatchObject({ edited: true, question: { prompt: 'Who won the 1903 Nobel Prize in Physics, with her husband?' } });
    expect((await a.call('browseFacts', all)).orphaned).toEqual([]);
  });

  it('keeps an edit whose question is gone and reports it as orphaned, and it comes back with its question', async () => {
    const content = await contentWith(TEXT);
    const a = await open(content);
    const saved = await a.call('saveQuestionEdit', { articleId: ID, questionId: WHO_WON, prompt: 'Who won the Physics Nobel in 1903?', answer: 'Marie Curie', accepted: [], choices: null });
    expect(saved.saved).toBe(true);
    await contentWith(TEXT.replace('in Physics in 1903', 'in Chemistry in 1911'), content);
    await a.restart();
    const result = await a.call('browseFacts', all);
    expect(result.orphaned).toEqual([{ kind: 'question', id: WHO_WON, articleId: ID, reason: 'The question is no longer generated from the article.' }]);
    expect(result.facts.some((fact) => fact.factId === CURIE_FACT)).toBe(false);
    expect(Object.keys((await edits(a.dataDir)).questions)).toEqual([WHO_WON]);
    await contentWith(TEXT, content);
    await a.restart();
    expect((await a.call('browseFacts', all)).orphaned).toEqual([]);
    expect((await a.call('getQuestionEditor', { articleId: ID, questionId: WHO_WON })).question.prompt).toBe('Who won the Physics Nobel in 1903?');
  });

  it('checks an edit before storing it, and says what to fix', async () => {
    const a = await open(await contentWith(TEXT));
    const refused = await a.call('saveQuestionEdit', { articleId: ID, questionId: WHO_WON, prompt: 'Did Marie Curie win?', answer: 'Marie Curie', accepted: [], choices: null });
    expect(refused).toEqual({ saved: false, issues: [{ field: 'prompt', message: 'The question gives the answer away: take the answer out of it.' }] });
    const noAnswer = await a.call('saveQuestionEdit', { articleId: ID, questionId: WHO_WON, prompt: 'Who won?', answer: ' ', accepted: [], choices: null });
    expect(noAnswer.saved === false && noAnswer.issues[0]?.field).toBe('answer');
    const mc = await a.call('getQuestionEditor', { articleId: ID, questionId: HOW_MANY_MC });
    expect(mc.editable).toEqual({ answer: true, choices: true });
    const badChoices = await a.call('saveQuestionEdit', { articleId: ID, questionId: HOW_MANY_MC, prompt: mc.question.prompt, answer: '120', accepted: [], choices: ['80', '80', '150'] });
    expect(badChoices.saved === false && badChoices.issues.map((issue) => issue.field)).toEqual(['choices']);
    expect((await edits(a.dataDir)).questions).toEqual({});
    expect((await a.fail('saveQuestionEdit', { articleId: ID, questionId: 'q-000000000000', prompt: 'x', answer: 'y', accepted: [], choices: null })).code).toBe('not-found');

    const good = await a.call('saveQuestionEdit', { articleId: ID, questionId: HOW_MANY_MC, prompt: mc.question.prompt, answer: '120', accepted: [], choices: ['80', '120', '150'] });
    expect(good.saved && good.editor.question.format === 'multiple-choice' && good.editor.question.choices).toEqual(['80', '120', '150']);
    // Saving the generator's own question again, or reverting, leaves no edit behind.
    const back = await a.call('revertQuestionEdit', { articleId: ID, questionId: HOW_MANY_MC });
    expect(back.edited).toBe(false);
    expect(back.question).toEqual(back.generated);
    const same = await a.call('saveQuestionEdit', { articleId: ID, questionId: WHO_WON, prompt: 'Who won the Nobel Prize in Physics in 1903?', answer: 'Marie Curie', accepted: [], choices: null });
    expect(same.saved && same.editor.edited).toBe(false);
    expect((await edits(a.dataDir)).questions).toEqual({});
  });
});

describe('suspend, delete and reset', () => {
  it('suspends and unsuspends through the review log', async () => {
    const a = await open(await contentWith(TEXT));
    expect((await a.call('setFactSuspended', { articleId: ID, factId: CURIE_FACT, suspended: true })).state).toBe('suspended');
    expect((await a.call('browseFacts', { ...all, states: ['suspended'] })).facts.map((fact) => fact.factId)).toEqual([CURIE_FACT]);
    expect((await a.call('setFactSuspended', { articleId: ID, factId: CURIE_FACT, suspended: false })).state).toBe('new');
    expect((await readLog(a.dataDir)).map((record) => ('kind' in record ? record.kind : 'answer'))).toEqual(['suspend', 'unsuspend']);
  });

  it('deletes a fact from study and quizzes, shows it under Deleted, and brings it back', async () => {
    const a = await open(await contentWith(TEXT));
    const before = await a.call('getStudySession', { scope: { articleId: ID } });
    const deleted = await a.call('setFactDeleted', { articleId: ID, factId: CURIE_FACT, deleted: true });
    expect(deleted.deleted).toBe(true);
    expect(await browseFact(a, CURIE_FACT)).toBeUndefined();
    expect((await browseFact(a, CURIE_FACT, ['deleted']))?.deleted).toBe(true);
    const quiz = await a.call('startQuiz', { articleIds: [ID], length: 'all', formats: ['cloze', 'question-answer'], mode: 'practice' });
    expect(quiz.questions.some((question) => question.factId === CURIE_FACT)).toBe(false);
    const during = await a.call('getStudySession', { scope: { articleId: ID } });
    expect(during.counts.new).toBe(before.counts.new - 1);
    await a.restart();
    expect(await browseFact(a, CURIE_FACT)).toBeUndefined();
    expect((await a.call('setFactDeleted', { articleId: ID, factId: CURIE_FACT, deleted: false })).deleted).toBe(false);
    expect((await a.call('getStudySession', { scope: { articleId: ID } })).counts.new).toBe(before.counts.new);
    expect((await edits(a.dataDir)).facts).toEqual({});
  });

  it('resets a fact: its memory is forgotten, also after a rebuild from the log', async () => {
    const a = await open(await contentWith(TEXT));
    const session = await a.call('getStudySession', { scope: { articleId: ID, mode: 'typed' } });
    const card = session.card;
    expect(card).not.toBeNull();
    if (card === null) return;
    await a.call('answerCard', { scope: session.scope, factId: card.factId, questionId: card.question.id, answer: rightAnswer(card.question), tookMs: 2000, usedHint: false });
    expect((await browseFact(a, card.factId))?.state).toBe('learning');
    const reset = await a.call('resetFact', { articleId: ID, factId: card.factId });
    expect(reset).toMatchObject({ state: 'new', due: null, reviews: 0 });
    expect((await readLog(a.dataDir)).at(-1)).toMatchObject({ kind: 'reset', factId: card.factId });
    await a.restart();
    expect((await browseFact(a, card.factId))?.state).toBe('new');
  });
});

describe('a fact from a selection', () => {
  it('makes a cloze (and the learner’s question) from words of one sentence, kept across restarts', async () => {
    const a = await open(await contentWith(TEXT));
    const opened = await a.call('openArticle', { articleId: ID });
    const sentence = opened.article.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences))[1];
    expect(sentence?.text).toBe('The Radium Institute in Paris employed 120 researchers in 1930.');
    if (sentence === undefined) return;
    const start = sentence.text.indexOf('Radium Institute');
    const added = await a.call('addUserFact', { articleId: ID, sentenceIndex: 1, start: start - 1, end: start + 'Radium Institute'.length, kind: 'term', question: 'Which institute employed 120 researchers in 1930?' });
    expect(added.fact).toMatchObject({ added: true, kind: 'term', answer: 'Radium Institute', state: 'new' });
    expect(added.fact.questions.map((q) => [q.format, q.prompt])).toEqual([
      ['cloze', 'The _____ in Paris employed 120 researchers in 1930.'],
      ['question-answer', 'Which institute employed 120 researchers in 1930?'],
    ]);
    expect((await a.fail('addUserFact', { articleId: ID, sentenceIndex: 1, start, end: start + 16, kind: 'term', question: null })).message).toMatch(/already a card/);
    expect((await a.fail('addUserFact', { articleId: ID, sentenceIndex: 1, start: 0, end: sentence.text.length, kind: 'term', question: null })).message).toMatch(/not the whole sentence/);
    expect((await a.fail('addUserFact', { articleId: ID, sentenceIndex: 99, start: 0, end: 3, kind: 'term', question: null })).code).toBe('invalid-payload');

    await a.restart();
    const quiz = await a.call('startQuiz', { articleIds: [ID], length: 'all', formats: ['cloze'], mode: 'practice', questionIds: [added.questionId] });
    expect(quiz.questions[0]?.answer).toBe('Radium Institute');
    const graded = await a.call('answerQuizQuestion', { quizId: quiz.quizId, questionId: added.questionId, answer: { kind: 'text', text: 'radium institute' }, tookMs: 900 });
    expect(graded.grade.verdict).toBe('correct');
    expect((await a.call('browseFacts', { ...all, states: ['added'] })).facts.map((fact) => fact.answer)).toEqual(['Radium Institute']);
  });
});

describe('searching', () => {
  it('finds facts by words (in any order, any case), kind and state', async () => {
    const a = await open(await contentWith(TEXT));
    const byText = await a.call('browseFacts', { ...all, text: 'CURIE street' });
    expect(byText.facts.length).toBeGreaterThan(0);
    expect(byText.facts.every((fact) => fact.sentence.includes('street accident'))).toBe(true);
    const numbers = await a.call('browseFacts', { ...all, kinds: ['number'] });
    expect(numbers.facts.length).toBeGreaterThan(0);
    expect(numbers.facts.every((fact) => fact.kind === 'number')).toBe(true);
    expect((await a.call('browseFacts', { ...all, states: ['review'] })).facts).toEqual([]);
    expect((await a.call('browseFacts', { ...all, text: 'zebra' })).total).toBe(0);
    expect((await a.call('browseFacts', { text: '', kinds: [], states: [], articleId: null })).total).toBe(numbers.total + (await a.call('browseFacts', { ...all, kinds: ['person', 'term', 'event', 'cause', 'list', 'quote'] })).total);
  });
});
