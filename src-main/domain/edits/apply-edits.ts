/**
 * Applies the learner's edits to a freshly generated deck. The generator is deterministic and its
 * ids come from content, so an edit keyed by question id lands on the same question after every
 * regeneration; an edit whose question (or fact, or sentence) is gone is reported, never dropped.
 */
import type { Article } from '../article/model';
import type { Fact } from '../facts/model';
import type { Question } from '../questions/model';
import type { DeckEdits, OrphanedEdit, QuestionEdit } from './model';
import { locateUserFact, sentencesOf, userFactDeck } from './user-fact';
import { validateQuestionEdit, type QuestionDraft } from './validate-edit';

export interface EditedDeck {
  /** The facts still in the deck (deleted ones left out), generated then the learner's. */
  readonly facts: readonly Fact[];
  /** Their questions, edited. */
  readonly questions: readonly Question[];
  /** Facts the learner deleted, with their questions, for Browse to show and bring back. */
  readonly deletedFacts: readonly Fact[];
  readonly deletedQuestions: readonly Question[];
  /** Ids of questions that carry an edit. */
  readonly editedQuestionIds: ReadonlySet<string>;
  /** Ids of the learner's own facts. */
  readonly userFactIds: ReadonlySet<string>;
  readonly orphaned: readonly OrphanedEdit[];
}

/** The question with the edit's fields in place of the generator's. */
export function withEdit(question: Question, edit: QuestionEdit): Question {
  const prompt = edit.prompt ?? question.prompt;
  const answer = edit.answer ?? question.answer;
  const accepted = edit.accepted ?? question.accepted;
  switch (question.format) {
    case 'multiple-choice':
      return { ...question, prompt, answer, accepted, choices: edit.choices ?? question.choices };
    case 'true-false':
      return { ...question, prompt, answer, accepted, truth: answer === 'true' };
    case 'list-recall':
      return { ...question, prompt, answer, accepted, items: edit.answer === undefined ? question.items : answer.split(';').map((item) => item.trim()) };
    default:
      return { ...question, prompt, answer, accepted };
  }
}

/** The question's editable fields, as the editor's form holds them. */
export function draftOf(question: Question): QuestionDraft {
  const draft = { prompt: question.prompt, answer: question.answer, accepted: question.accepted };
  return question.format === 'multiple-choice' ? { ...draft, choices: question.choices } : draft;
}

export function applyEdits(articleId: string, article: Article, generated: { readonly facts: readonly Fact[]; readonly questions: readonly Question[] }, edits: DeckEdits): EditedDeck {
  const orphaned: OrphanedEdit[] = [];
  const facts: Fact[] = [...generated.facts];
  const questions: Question[] = [...generated.questions];
  const userFactIds = new Set<string>();
  const known = new Set(facts.map((fact) => fact.id));
  const sentences = sentencesOf(article);
  for (const user of Object.values(edits.added)) {
    if (user.articleId !== articleId) continue;
    const found = known.has(user.id) ? null : locateUserFact(sentences, user);
    if (found === null) {
      orphaned.push({ kind: 'added', id: user.id, articleId, reason: 'Its sentence is no longer in the article.' });
      continue;
    }
    const made = userFactDeck(user, found.sentence, found.start);
    facts.push(made.fact);
    questions.push(...made.questions);
    userFactIds.add(user.id);
    known.add(user.id);
  }

  const deleted = new Set<string>();
  for (const [factId, edit] of Object.entries(edits.facts)) {
    if (edit.articleId !== articleId || !edit.deleted) continue;
    if (known.has(factId)) deleted.add(factId);
    else orphaned.push({ kind: 'fact', id: factId, articleId, reason: 'The fact is no longer generated from the article.' });
  }

  const byId = new Map(questions.map((question, index) => [question.id, index]));
  const editedQuestionIds = new Set<string>();
  for (const [questionId, edit] of Object.entries(edits.questions)) {
    if (edit.articleId !== articleId) continue;
    const index = byId.get(questionId);
    const question = index === undefined ? undefined : questions[index];
    if (index === undefined || question === undefined) {
      orphaned.push({ kind: 'question', id: questionId, articleId, reason: 'The question is no longer generated from the article.' });
      continue;
    }
    const edited = withEdit(question, edit);
    // Only what the edit brings counts: a generated question is not held to the editor's rules.
    const before = new Set(validateQuestionEdit(question, draftOf(question)).map((issue) => issue.message));
    const issues = validateQuestionEdit(question, draftOf(edited)).filter((issue) => !before.has(issue.message));
    if (issues.length > 0) {
      orphaned.push({ kind: 'question', id: questionId, articleId, reason: `The edit no longer fits the question: ${issues[0]?.message ?? ''}` });
      continue;
    }
    questions[index] = edited;
    editedQuestionIds.add(questionId);
  }

  const isDeleted = (question: Question) => deleted.has(question.factId);
  return {
    facts: facts.filter((fact) => !deleted.has(fact.id)),
    questions: questions.filter((question) => !isDeleted(question)),
    deletedFacts: facts.filter((fact) => deleted.has(fact.id)),
    deletedQuestions: questions.filter(isDeleted),
    editedQuestionIds,
    userFactIds,
    orphaned,
  };
}
