import { describe, expect, it } from 'vitest';
import type { CauseFact, EventFact, PersonFact, QuoteFact, TermFact } from '../../../src-main/domain/facts/model';
import { eventObjects } from '../../../src-main/domain/questions/formats/event-objects';
import { writeQuestionAnswers } from '../../../src-main/domain/questions/formats/question-answer';
import { doSupport } from '../../../src-main/domain/questions/text/interrogative';
import { tokenize } from '../../../src-main/domain/nlp/tokens';
import { contextOf, factAt, numberAt } from './fixtures';
import { seedContext } from './seed-context';

const context = seedContext();
const a = context.article;
const prompts = (fact: Parameters<typeof writeQuestionAnswers>[1]) => writeQuestionAnswers({ ...context, facts: [fact] }, fact).map((q) => q.prompt);
const event = (answer: string, within?: string) =>
  factAt<EventFact>(a, answer, { kind: 'event', actor: '', action: '', when: null }, within);

describe('wh-questions about numbers', () => {
  it('moves a counted object to the front with do-support', () => {
    expect(prompts(numberAt(a, 'eight', { form: 'words', value: 8 }))).toEqual([
      'How many Latin American drug cartels did Washington designate as terrorist organizations?',
    ]);
  });

  it('keeps the hedge and inverts the auxiliary', () => {
    expect(prompts(numberAt(a, '480,000', { form: 'digits', value: 480000, qualifier: 'approximately' }))).toEqual([
      'Approximately how many lives has drug-related violence claimed since the military was deployed against cartels in 2006?',
    ]);
  });

  it('asks a year, a century and a fraction by their form', () => {
    expect(prompts(numberAt(a, '2006', { form: 'year', value: 2006 }))).toEqual(['In what year was the military deployed against cartels?']);
    expect(prompts(numberAt(a, '19th century', { form: 'century', value: 19 }))).toEqual(['In which century did Mexico lose half its territory to the US?']);
    expect(prompts(numberAt(a, 'half', { form: 'fraction', value: 0.5 }))).toEqual(['What fraction of its territory did Mexico lose to the US in the 19th century?']);
  });

  it('writes nothing for a number used as a modifier', () => {
    expect(prompts(numberAt(a, '25-percent', { form: 'percent', value: 25 }))).toEqual([]);
  });
});

describe('wh-questions about names, claims and causes', () => {
  it('replaces a subject by "Who", leaving out an appositive', () => {
    expect(prompts(event('Claudia Sheinbaum'))).toEqual(['Who firmly rejected any possibility of US intervention on Thursday?']);
    expect(prompts(event('Elon Musk'))).toEqual(['Who suggested the move could justify drone strikes on cartel targets?']);
  });

  it('keeps who claims a reported clause', () => {
    expect(prompts(event('intelligence gathering on cartels'))).toEqual(['According to Sheinbaum, what has the US been using drones for?']);
  });

  it('asks "Who is the <title>?" and "What position …?" for a person with a unique title', () => {
    const person = factAt<PersonFact>(a, 'Marco Rubio', { kind: 'person', name: 'Marco Rubio', role: 'US Secretary of State', roleSpan: { start: 0, end: 0 } });
    expect(prompts(person)).toEqual(['Who is the US Secretary of State?', 'What position does Marco Rubio hold?']);
  });

  it('does not ask "Who is the <title>?" for a bare title that names no one outside the article', () => {
    const person = factAt<PersonFact>(a, 'Marco Rubio', { kind: 'person', name: 'Marco Rubio', role: 'General', roleSpan: { start: 0, end: 0 } });
    expect(prompts(person).filter((prompt) => prompt.startsWith('Who is the'))).toEqual([]);
  });

  it('asks "Who said …?" for a quote whose answer is its speaker', () => {
    const quote = factAt<QuoteFact>(
      a,
      'Sheinbaum',
      { kind: 'quote', quote: 'They can call them (the cartels) whatever they want', quoteSpan: { start: 0, end: 1 }, speaker: 'Claudia Sheinbaum', partial: false },
      'Sheinbaum stated',
    );
    expect(prompts(quote)).toEqual(['Who said “They can call them (the cartels) whatever they want”?']);
  });

  it('asks why, and what a purpose aims at', () => {
    const cause = factAt<CauseFact>(a, 'to safeguard Mexico’s territorial integrity', {
      kind: 'cause',
      cause: 'to safeguard Mexico’s territorial integrity',
      effect: 'Sheinbaum announced a constitutional reform proposal',
      relation: 'purpose',
      hedge: null,
    });
    expect(prompts(cause)).toEqual([
      'What did Sheinbaum announce a constitutional reform proposal to safeguard?',
      'Why did Sheinbaum announce a constitutional reform proposal?',
    ]);
  });

  it('asks no why whose answer is a hedge rather than a reason', () => {
    const cause = factAt<CauseFact>(a, 'seemingly aimed at securing Trump’s temporary pause on tariffs', {
      kind: 'cause',
      cause: 'seemingly aimed at securing Trump’s temporary pause on tariffs',
      effect: 'her administration has announced large-scale drug seizures',
      relation: 'purpose',
      hedge: null,
    });
    expect(prompts(cause).filter((p) => p.startsWith('Why'))).toEqual([]);
  });

  it('asks the name of a quoted label by its head noun', () => {
    const term = factAt<TermFact>(a, 'hugs not bullets', { kind: 'term', term: 'hugs not bullets', denotes: null });
    expect(prompts(term)).toEqual(['What is the name of the approach that focused on social programs to reduce crime?']);
  });

  it('asks what a short form stands for, only for a short-form term', () => {
    const local = contextOf('Title\n\nThe case went to the Federal Bureau of Investigation (FBI) last week.', []);
    const spelled = factAt<TermFact>(local.article, 'Federal Bureau of Investigation', { kind: 'term', term: 'Federal Bureau of Investigation', denotes: 'FBI', rule: 'term:short-form' });
    const ask = (fact: TermFact) => writeQuestionAnswers({ ...local, facts: [fact] }, fact).map((q) => q.prompt);
    expect(ask(spelled)).toContain('What does FBI stand for?');
    expect(ask({ ...spelled, rule: 'term:gloss' })).not.toContain('What does FBI stand for?');
  });

  it('refuses a subject that is an unresolved pronoun', () => {
    const local = contextOf('Title\n\nThe talks ended. They said that it signed 12 treaties in 1990.', []);
    const year = numberAt(local.article, '1990', { form: 'year', value: 1990 });
    expect(writeQuestionAnswers({ ...local, facts: [year] }, year)).toEqual([]);
  });

  it('resolves "she" when one person is in sight', () => {
    const local = contextOf('Title\n\nZaha Hadid studied in London. She won the prize in 2004.', [{ name: 'Zaha Hadid', type: 'person', aliases: ['Hadid'] }]);
    const year = numberAt(local.article, '2004', { form: 'year', value: 2004 });
    expect(writeQuestionAnswers({ ...local, facts: [year] }, year).map((q) => q.prompt)).toEqual(['In what year did Zaha Hadid win the prize?']);
  });
});

describe('views of what an event acted on', () => {
  const local = contextOf(
    'Title\n\nAnna Berg studied mathematics at the University of Oslo. Anna Berg told reporters the plan would fail. Anna Berg shipped with Windows XP.',
    [{ name: 'Anna Berg', type: 'person', aliases: ['Berg'] }],
  );
  const actor = (within: string) => factAt<EventFact>(local.article, 'Anna Berg', { kind: 'event', actor: 'Anna Berg', action: '', when: null }, within);

  it('asks the direct object and a named prepositional object', () => {
    const objects = eventObjects({ ...local, facts: [] }, actor('Anna Berg studied'));
    expect(objects.map((o) => [o.answer, o.prompt])).toEqual([['mathematics', 'What did Anna Berg study at the University of Oslo?']]);
    // A name of unknown type after a preposition is left to the cloze ("What was he put through to?").
    expect(eventObjects({ ...local, facts: [] }, actor('Anna Berg shipped')).map((o) => o.prompt)).toEqual([null]);
  });

  it('asks people named by a common noun with "Who" and leaves an untyped name to the cloze', () => {
    const people = contextOf('Title\n\nThe Berg family came from Oslo. The Vikmos continued to shun the doctors.', [{ name: 'Oslo', type: 'place' }]);
    const subject = (answer: string) => writeQuestionAnswers(people, factAt<EventFact>(people.article, answer, { kind: 'event', actor: answer, action: '', when: null })).map((q) => q.prompt);
    expect(subject('The Berg family')).toEqual(['Who came from Oslo?']);
    expect(subject('The Vikmos')).toEqual([]);
  });

  it('leaves out an object followed by a clause of its own', () => {
    expect(eventObjects({ ...local, facts: [] }, actor('Anna Berg told'))).toEqual([]);
  });
});

describe('do-support', () => {
  const verb = (sentence: string, word: string) => {
    const token = tokenize(sentence).find((t) => t.text === word);
    if (token === undefined) throw new Error(word);
    return token;
  };

  it('follows the verb form and refuses a past form it cannot reduce', () => {
    expect(doSupport(verb('Washington designated eight cartels.', 'designated'))).toBe('did');
    expect(doSupport(verb('The firm makes cars.', 'makes'))).toBe('does');
    expect(doSupport(verb('They make cars.', 'make'))).toBe('do');
    expect(doSupport(verb('He co-founded the group.', 'co-founded'))).toBeNull();
  });
});
