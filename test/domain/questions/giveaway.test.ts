import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src-main/domain/questions/model';
import { coordinatedNeighbour, countListed, nameShown, notGivenAway, opensOnEarlierReferent, underSpecified } from '../../../src-main/domain/questions/quality/giveaway';
import { contextOf, numberAt } from './fixtures';

const local = contextOf(
  'Title\n\nHe had two brothers, Niklaus and Johann II. It drives two important technologies of the 20th century: the carburetor and the airplane wing. Two years later, Anna and Marc met in Paris. He had two brothers. It was a significant organisation in the 1930s and 1940s. The club was founded in 1932 and 1950.',
  [],
);

describe('a count whose items the sentence lists', () => {
  it('is found after a plural noun and a comma, or after a colon', () => {
    expect(countListed(numberAt(local.article, 'two', { form: 'words', value: 2 }, 'two brothers, Niklaus'))).toBe('Niklaus and Johann II');
    expect(countListed(numberAt(local.article, 'two', { form: 'words', value: 2 }, 'two important'))).toBe('the carburetor and the airplane wing');
  });

  it('is not found when the comma ends an adverbial, or nothing is listed', () => {
    expect(countListed(numberAt(local.article, 'Two', { form: 'words', value: 2 }, 'Two years later'))).toBeNull();
    expect(countListed(numberAt(local.article, 'two', { form: 'words', value: 2 }, 'two brothers.'))).toBeNull();
  });
});

describe('a number next to its neighbour value', () => {
  it('gives "the _____ and 1940s" away, not two unrelated years', () => {
    expect(coordinatedNeighbour(numberAt(local.article, '1930s', { form: 'year', value: 1930 }))).toBe(true);
    expect(coordinatedNeighbour(numberAt(local.article, '1940s', { form: 'year', value: 1940 }))).toBe(true);
    expect(coordinatedNeighbour(numberAt(local.article, '1932', { form: 'year', value: 1932 }))).toBe(false);
  });
});

describe('a name spelled out in its own prompt', () => {
  it('is seen through a possessive, a transliteration or an acronym', () => {
    expect(nameShown('Daniel', 'Johann, unable to be compared Daniel’s equal, banned _____ from his house.')).toBe(true);
    expect(nameShown('Zaha Mohammad Hadid', 'Dame _____ DBE RA (Arabic: Zahā Ḥadīd; 1950) was an architect.')).toBe(true);
    expect(nameShown('Internet Explorer 9', 'With development of Microsoft’s _____ (IE9) browser almost complete.')).toBe(true);
    expect(nameShown('IE6', 'On "The Internet Explorer 6 Countdown", Microsoft asks users to stop using _____.')).toBe(true);
  });

  it('is not seen in another person of the family or another short form', () => {
    expect(nameShown('Johann Bernoulli', 'Daniel Bernoulli was banned from the house of _____.')).toBe(false);
    expect(nameShown('IE6', 'Microsoft asks Internet users to stop using _____.')).toBe(false);
  });
});

describe('the gate', () => {
  const q = (extra: Partial<Question>): Question => ({ id: 'q', factId: 'f', factKind: 'quote', format: 'cloze', prompt: '', answer: 'x', accepted: [], sentenceIndex: 0, sentence: '', rule: 't', quality: 1, ...extra }) as Question;

  it('refuses a blank in editorial brackets and choices for quoted words', () => {
    expect(notGivenAway(q({ prompt: '[_____] years ago, a browser was born.' }), local, undefined)?.reason).toMatch(/brackets/);
    expect(notGivenAway(q({ format: 'multiple-choice', prompt: 'He replied "_____".', answer: 'I am not able to do that', choices: [] } as Partial<Question>), local, undefined)?.reason).toMatch(/quoted/);
  });

  it('lets a cloze on quoted words and a date in parentheses through', () => {
    expect(notGivenAway(q({ prompt: 'He replied "_____".', answer: 'I am not able to do that' }), local, undefined)).toBeNull();
    expect(notGivenAway(q({ prompt: 'A rain storm on Sunday night (_____) caused an exodus.', answer: 'March 4' }), local, undefined)).toBeNull();
  });
});

describe('a statement that opens on an earlier sentence’s referent', () => {
  it('is refused for "These …", "this is …" and "N years later"', () => {
    expect(opensOnEarlierReferent('These _____ memoirs contain all that was done on this subject.')).toBe(true);
    expect(opensOnEarlierReferent('However, of course this is proof in just _____ species.')).toBe(true);
    expect(opensOnEarlierReferent('_____ years later he pointed out the desirability of resolving a motion.')).toBe(true);
    expect(opensOnEarlierReferent('Two years later he pointed out the desirability of resolving a motion.')).toBe(true);
  });

  it('is not refused for a sentence that names its subject or an expletive "it"', () => {
    expect(opensOnEarlierReferent('Thesis advisers read _____ drafts a year.')).toBe(false);
    expect(opensOnEarlierReferent('It is hard to extrapolate to other ants, as _____.')).toBe(false);
    expect(opensOnEarlierReferent('In 1738 he published _____, his most important work.')).toBe(false);
  });
});

describe('a what-question of a subject and a bare verb', () => {
  it('is too bare to have one answer', () => {
    expect(underSpecified('What did the team use?')).toBe(true);
    expect(underSpecified('What did Daniel study?')).toBe(true);
  });

  it('is fine with an object, a phrase or a particle after the verb', () => {
    expect(underSpecified('What does IE9 stand for?')).toBe(false);
    expect(underSpecified('What did the team use to house the ants?')).toBe(false);
    expect(underSpecified('Who did Montalvo contact?')).toBe(false);
  });
});
