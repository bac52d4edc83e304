import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src-main/domain/questions/model';
import { answerHidden } from '../../../src-main/domain/questions/quality/answer-hidden';
import { answerKeyMatchesSource } from '../../../src-main/domain/questions/quality/answer-key';
import { duplicateReasons } from '../../../src-main/domain/questions/quality/duplicates';
import { isFurniture, notFurniture } from '../../../src-main/domain/questions/quality/furniture';
import { answerLength, promptLength } from '../../../src-main/domain/questions/quality/length';
import { QUALITY_THRESHOLD, scoreQuestion } from '../../../src-main/domain/questions/quality/score';
import { balanced, balancedMarks, fullSentence, stemHasSubject } from '../../../src-main/domain/questions/quality/stem';
import { blankIsAnswer } from '../../../src-main/domain/questions/quality/blank';
import { numberAt } from './fixtures';
import { seedContext } from './seed-context';

const context = seedContext();
const fact = numberAt(context.article, 'eight', { form: 'words', value: 8, aliases: ['8'] });

function qa(prompt: string, extra: Partial<Question> = {}): Question {
  return {
    id: 'q-1',
    factId: fact.id,
    factKind: 'number',
    format: 'question-answer',
    prompt,
    answer: 'eight',
    accepted: ['8'],
    sentenceIndex: fact.sentenceIndex,
    sentence: fact.sentence,
    answerSpan: fact.answerSpan,
    rule: 'test',
    quality: 1,
    ...extra,
  } as Question;
}

const good = qa('How many Latin American drug cartels did Washington designate as terrorist organizations?');

describe('quality gates, one by one', () => {
  it('answer hidden: refuses the answer or an alias in the prompt', () => {
    expect(answerHidden(good, context, fact)).toBeNull();
    expect(answerHidden(qa('Did Washington designate eight cartels?'), context, fact)?.reason).toMatch(/visible/);
    expect(answerHidden(qa('Did Washington designate 8 cartels?'), context, fact)?.reason).toMatch(/visible/);
    expect(answerHidden(qa('Washington designated eight cartels.', { format: 'true-false' } as Partial<Question>), context, fact)).toBeNull();
  });

  it('stem has a subject: opens with a wh-word and names something besides the answer', () => {
    expect(stemHasSubject(good, context, fact)).toBeNull();
    expect(stemHasSubject(qa('According to Mexico, what fuels cartel violence?'), context, fact)).toBeNull();
    expect(stemHasSubject(qa('Washington designated how many cartels?'), context, fact)).not.toBeNull();
    expect(stemHasSubject(qa('What is it?'), context, fact)).not.toBeNull();
    expect(stemHasSubject(qa('Who said they apply to letters?', { answer: 'Julie Hahn' }), context, fact)?.reason).toMatch(/pronoun/);
  });

  it('balanced marks: quotes and brackets pair up', () => {
    expect(balanced('Who said “they can call them (the cartels) whatever”?')).toBe(true);
    expect(balanced('Who said “they can call them (the cartels whatever”?')).toBe(false);
    expect(balancedMarks(qa('Who said "never?'), context, fact)).not.toBeNull();
  });

  it('full sentence: capital, end mark, the right number of blanks', () => {
    expect(fullSentence(good, context, fact)).toBeNull();
    expect(fullSentence(qa('How many cartels did Washington designate'), context, fact)).not.toBeNull();
    expect(fullSentence(qa('how many cartels?'), context, fact)).not.toBeNull();
    expect(fullSentence(qa('Washington designated _____ cartels.', { format: 'cloze' } as Partial<Question>), context, fact)).toBeNull();
    expect(fullSentence(qa('Washington designated cartels.', { format: 'cloze' } as Partial<Question>), context, fact)?.reason).toMatch(/blanks/);
  });

  it('answer key: the answer is written at its span', () => {
    expect(answerKeyMatchesSource(good, context, fact)).toBeNull();
    expect(answerKeyMatchesSource(qa(good.prompt, { answer: 'nine' }), context, fact)).not.toBeNull();
    const choices = { format: 'multiple-choice', choices: ['eight', 'nine', 'ten', 'nine'] } as Partial<Question>;
    expect(answerKeyMatchesSource(qa(good.prompt, choices), context, fact)?.reason).toMatch(/four distinct/);
  });

  it('furniture: comment forms and share bars never yield a question', () => {
    expect(isFurniture('Leave a Reply')).toBe(true);
    expect(isFurniture('Your email address will not be published. Required fields are marked *')).toBe(true);
    expect(isFurniture('Sheinbaum announced a reform.')).toBe(false);
    expect(notFurniture(qa(good.prompt, { sentence: 'Leave a Reply' }), context, fact)).not.toBeNull();
  });

  it('furniture: a byline or dateline is furniture, a sentence saying a work was published is not', () => {
    expect(isFurniture('Posted in News')).toBe(true);
    expect(isFurniture('Filed under Politics, World')).toBe(true);
    expect(isFurniture('Jane Doe | Published on May 3, 2021')).toBe(true);
    expect(isFurniture('His chief work is Hydrodynamica, published in 1738.')).toBe(false);
    expect(isFurniture('Published in 1859, the book sold out on its first day.')).toBe(false);
    expect(isFurniture('The report was published by the ministry on Monday.')).toBe(false);
  });

  it('length: prompts and answers within bounds', () => {
    expect(promptLength(good, context, fact)).toBeNull();
    expect(promptLength(qa('Who?'), context, fact)).not.toBeNull();
    expect(promptLength(qa(`${'very '.repeat(50)}long?`), context, fact)).not.toBeNull();
    const cloze = { format: 'cloze' } as Partial<Question>;
    // The blank is a word of the sentence: a six-word sentence with one gap is a card, four words are not.
    expect(promptLength(qa('Bos obtained his doctorate from _____.', cloze), context, fact)).toBeNull();
    expect(promptLength(qa('The results we got are _____.', cloze), context, fact)).toBeNull();
    expect(promptLength(qa('Nothing was ever at _____.', cloze), context, fact)?.reason).toMatch(/too short/);
    expect(promptLength(qa('He also runs _____.', cloze), context, fact)?.reason).toMatch(/too short/);
    expect(answerLength(qa(good.prompt, { answer: "one two three four five six seven eight nine" }), context, fact)?.penalty).toBe(0.2);
    expect(answerLength(qa(good.prompt, { answer: "one two three four five six seven eight nine ten eleven" }), context, fact)?.penalty).toBe(0.5);
  });

  it('near-duplicates: the better of two keeps its place; one prompt with two answers is ambiguous', () => {
    const a = qa('How many cartels did Washington designate as terrorist organizations?', { id: 'q-a' });
    const b = qa('How many cartels did Washington designate as terrorist organizations ?', { id: 'q-b', quality: 0.9 });
    expect([...duplicateReasons([a, b]).keys()]).toEqual(['q-b']);
    const c = qa(a.prompt, { id: 'q-c', answer: 'seven' });
    expect([...duplicateReasons([a, c]).keys()].sort()).toEqual(['q-a', 'q-c']);
    expect(duplicateReasons([a, qa(a.prompt, { id: 'q-d', format: 'multiple-choice' } as Partial<Question>)]).size).toBe(0);
  });

  it('near-duplicates: a purpose clause blanked and a part of it blanked by another fact keep the whole clause', () => {
    const sentence = 'Washington has intensified drone surveillance in search of fentanyl labs.';
    const at = (text: string) => ({ start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length });
    const cloze = (id: string, answer: string, factKind: string, rule = 'cloze/sentence') =>
      qa(sentence.replace(answer, '_____'), { id, format: 'cloze', factKind, answer, answerSpan: at(answer), sentenceIndex: 3, sentence, rule } as Partial<Question>);
    const clause = cloze('q-clause', 'in search of fentanyl labs', 'cause');
    const object = cloze('q-object', 'fentanyl labs', 'event');
    expect([...duplicateReasons([clause, object]).entries()]).toEqual([['q-object', 'blank overlaps q-clause']]);
    // Two blanks that do not overlap, or a number inside a subject (neither a clause of purpose), stay.
    expect(duplicateReasons([cloze('q-a', 'drone surveillance', 'event'), object]).size).toBe(0);
    expect(duplicateReasons([cloze('q-b', 'Washington', 'person'), cloze('q-c', 'Washington has', 'event')]).size).toBe(0);
    // A clause with a pronoun for its subject gives way to the object blanked inside it.
    const led = 'It became known that he left sensitive documents at the apartment.';
    const ledAt = (text: string) => ({ start: led.indexOf(text), end: led.indexOf(text) + text.length });
    const inLed = (id: string, answer: string, factKind: string) =>
      qa(led.replace(answer, '_____'), { id, format: 'cloze', factKind, answer, answerSpan: ledAt(answer), sentenceIndex: 4, sentence: led, rule: 'cloze/sentence' } as Partial<Question>);
    expect([...duplicateReasons([inLed('q-he', 'he left sensitive documents', 'cause'), inLed('q-docs', 'sensitive documents', 'event')]).keys()]).toEqual(['q-he']);
    // A cloze on part of the clause's own answer (its object) is a view of its own.
    expect(duplicateReasons([clause, cloze('q-sub', 'fentanyl labs', 'cause', 'cloze/object-sentence')]).size).toBe(0);
  });

  it('near-duplicates: a numeric view on the stem of its fact’s cloze goes, a numeric view on its own stem stays', () => {
    const cloze = qa('Washington designated _____ Latin American drug cartels as terrorist organizations.', { id: 'q-cloze', format: 'cloze' } as Partial<Question>);
    const numeric = qa(cloze.prompt, { id: 'q-num', format: 'numeric', value: 8 } as Partial<Question>);
    expect([...duplicateReasons([cloze, numeric]).entries()]).toEqual([['q-num', 'same stem as q-cloze']]);
    // Another fact's cloze with the same words is not this number's stem.
    expect(duplicateReasons([{ ...cloze, factId: 'fact-other' }, numeric]).size).toBe(0);
    const own = qa('How many cartels were named?', { id: 'q-own', format: 'numeric', value: 8 } as Partial<Question>);
    expect(duplicateReasons([cloze, own]).size).toBe(0);
  });
});

describe('the combined score', () => {
  it('is 1 for a clean question and drops below the threshold with reasons', () => {
    expect(scoreQuestion(good, context, fact)).toEqual({ question: good, reasons: [] });
    const bad = scoreQuestion(qa('Did Washington designate eight cartels'), context, fact);
    expect(bad.question.quality).toBeLessThan(QUALITY_THRESHOLD);
    expect(bad.reasons.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the blank hides the answer and nothing else', () => {
  const cloze = (prompt: string, answer: string, sentence: string, extra: Partial<Question> = {}): Question =>
    ({ ...qa(prompt), format: 'cloze', answer, sentence, ...extra }) as Question;

  it('passes a blank over exactly the answer, and a number fused to its unit', () => {
    expect(blankIsAnswer(cloze('The _____-page document was found.', '131', 'The 131-page document was found.'), context, fact)).toBeNull();
    expect(blankIsAnswer(cloze('Bos obtained _____ from Copenhagen.', 'his doctorate', 'Bos obtained his doctorate from Copenhagen.'), context, undefined)).toBeNull();
  });

  it('passes a blank that ends a passage cut at a colon', () => {
    const sentence = 'A prize was awarded by the French Academy: these three memoirs contain all that was done.';
    expect(blankIsAnswer(cloze('A prize was awarded by _____.', 'the French Academy', sentence), context, undefined)).toBeNull();
    expect(blankIsAnswer(cloze('A prize was awarded by _____.', 'French Academy', sentence), context, undefined)?.reason).toMatch(/more or less/);
  });

  it('refuses a blank that cuts a word or hides more than the answer', () => {
    expect(blankIsAnswer(cloze('They reported _____-medicating ants.', 'self', 'They reported self-medicating ants.'), context, undefined)?.reason).toMatch(/cuts a word/);
    expect(blankIsAnswer(cloze('He met the _____ in Oslo.', 'mayor', 'He met the city mayor in Oslo.'), context, undefined)?.reason).toMatch(/more or less/);
  });

  it('lets a list blank hide only its items, commas, articles and "and"', () => {
    const list = { factKind: 'list' } as Partial<Question>;
    const ok = cloze('He studied the _____.', 'carburetor; airplane wing', 'He studied the carburetor and the airplane wing.', list);
    expect(blankIsAnswer({ ...ok, format: 'list-recall', prompt: 'Name all 2: He studied the _____.', items: ['carburetor', 'airplane wing'] } as Question, context, undefined)).toBeNull();
    const extra = cloze('Helped by musician _____.', 'Lugli; Beghe', 'Helped by musician Lugli and actor Beghe.', list);
    expect(blankIsAnswer({ ...extra, format: 'list-recall', prompt: 'Name all 2: Helped by musician _____.', items: ['Lugli', 'Beghe'] } as Question, context, undefined)?.reason).toMatch(/more than the list/);
  });

  it('lets each of several list blanks hide exactly one item, in order', () => {
    const list = { factKind: 'list' } as Partial<Question>;
    const base = cloze('x', 'Lugli; Beghe', 'Helped by musician Lugli and actor Beghe.', list);
    const recall = (prompt: string, items: string[]) => ({ ...base, format: 'list-recall', prompt, items }) as Question;
    expect(blankIsAnswer(recall('Name all 2: Helped by musician _____ and actor _____.', ['Lugli', 'Beghe']), context, undefined)).toBeNull();
    expect(blankIsAnswer(recall('Name all 2: Helped by musician _____ and actor _____.', ['Beghe', 'Lugli']), context, undefined)?.reason).toMatch(/one list item/);
    expect(blankIsAnswer(recall('Name all 2: Helped by _____ and actor _____.', ['Lugli', 'Beghe']), context, undefined)?.reason).toMatch(/one list item/);
  });
});
