export { applyEdits, draftOf, withEdit, type EditedDeck } from './apply-edits';
export { NO_EDITS, type DeckEdits, type FactEdit, type OrphanedEdit, type QuestionEdit, type UserFact } from './model';
export { locateUserFact, newUserFact, sentencesOf, userFactDeck, type UserFactRequest } from './user-fact';
export { answerShowsIn, BLANK, EDIT_LIMITS, validateQuestionEdit, type EditField, type EditIssue, type QuestionDraft } from './validate-edit';
