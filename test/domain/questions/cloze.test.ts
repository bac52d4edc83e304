import { describe, expect, it } from 'vitest';
import type { ListFact } from '../../../src-main/domain/facts/model';
import { writeCloze } from '../../../src-main/domain/questions/formats/cloze';
import { passageOf } from '../../../src-main/domain/questions/formats/passage';
import { BLANK } from '../../../src-main/domain/questions/formats/shared';
import { contextOf, factAt, numberAt } from './fixtures';
import { seedContext } from './seed-context';

const { article } = seedContext();

describe('cloze', () => {
  it('blanks exactly the answer span of the source sentence', () => {
    const fact = numberAt(article, 'eight', { form: 'words', value: 8 });
    const cloze = writeCloze(fact, article.text);
    expect(cloze?.prompt).toBe(fact.sentence.replace(' eight ', ` ${BLANK} `));
    expect(cloze?.answer).toBe('eight');
    expect(cloze?.prompt.split(BLANK)).toHaveLength(2);
  });

  it('leaves a long list to list recall', () => {
    const list = factAt<ListFact>(article, 'Gulf Cartel, Sinaloa Cartel, Michoacan Family, United Cartels, MS-13, TdA, and Jalisco New Generation Cartel', {
      kind: 'list',
      head: 'The sanctioned groups',
      items: ['Gulf Cartel', 'Sinaloa Cartel', 'Michoacan Family', 'United Cartels', 'MS-13', 'TdA', 'Jalisco New Generation Cartel'],
      itemSpans: [],
    });
    expect(writeCloze(list, article.text)).toBeNull();
  });
});

describe('cloze on a measured number', () => {
  const local = contextOf('Title\n\nHe sat in a cell for the next 30 hours. The pig is 15 meter high. Their nine-month-old child was ill.', []);
  const at = (answer: string, counted: string) => writeCloze(numberAt(local.article, answer, { form: 'digits', value: 1, counted }), local.article.text);

  it('blanks the unit with the number', () => {
    expect(at('30', 'hours')).toMatchObject({ prompt: `He sat in a cell for the next ${BLANK}.`, answer: '30 hours', accepted: ['30'] });
    expect(at('nine', 'months old')?.answer).toBe('nine-month-old');
  });

  it('leaves words that are not units outside', () => {
    expect(at('15', 'meters high')?.answer).toBe('15 meter');
  });
});

describe('sentences inside a longer quotation', () => {
  it('lose the dangling quote mark and get no true/false', () => {
    const local = contextOf('Title\n\n"We met at noon. He was held for 30 hours."', []);
    const cloze = writeCloze(numberAt(local.article, '30', { form: 'digits', value: 30 }), local.article.text);
    expect(cloze?.prompt).toBe(`He was held for ${BLANK} hours.`);
  });

  it('get back the quote mark the quotation opened or closed in another sentence', () => {
    const closes = 'Now it is time to say goodbye," the company says on its site.';
    const at = closes.indexOf('say goodbye');
    const closing = passageOf(closes, { start: at, end: at + 11 });
    expect(closing?.text).toBe('"Now it is time to say goodbye," the company says on its site.');
    expect(closing?.text.slice(closing.answer.start, closing.answer.end)).toBe('say goodbye');
    const opens = 'He said that officials, “plied the detective with a theory, calling me the anti-christ.';
    const from = opens.indexOf('anti-christ');
    expect(passageOf(opens, { start: from, end: from + 11 })?.text).toBe(`${opens}”`);
  });

  it('keep a sentence whose quotes are balanced as it is', () => {
    const whole = 'She said the plan was "a mistake" and left.';
    expect(passageOf(whole, { start: 0, end: 3 })?.text).toBe(whole);
  });

  it('take no quote mark for an inch sign', () => {
    const inches = 'The workers laid a 12" pipe under the road.';
    expect(passageOf(inches, { start: 0, end: 3 })?.text).toBe(inches);
  });
});

describe('passages of long sentences', () => {
  const long =
    'After a long debate, the members approved a budget of 40 million dollars for the new bridge across the river, which had been planned for years by the city council and discussed at length in many public meetings across the whole region during the past decade.';

  it('keeps a sentence of up to 40 words whole', () => {
    const short = 'The members approved a budget of 40 million dollars.';
    expect(passageOf(short, { start: 33, end: 43 })?.text).toBe(short);
  });

  it('cuts a long sentence to a clause that stands alone and still holds the answer', () => {
    const at = long.indexOf('40 million');
    const passage = passageOf(long, { start: at, end: at + 10 });
    expect(passage).not.toBeNull();
    expect(passage?.shortened).toBe(true);
    expect(passage?.text.slice(passage.answer.start, passage.answer.end)).toBe('40 million');
    expect(passage?.text).toBe('After a long debate, the members approved a budget of 40 million dollars for the new bridge across the river.');
  });

  it('cuts a long sentence at a colon that joins two clauses', () => {
    const colon =
      'This was followed by a memoir on the theory of the tides, to which, together with the memoirs of two rivals, a prize was awarded by the French Academy: these three memoirs contain all that was done on this subject between the publication of the first tables and the later work of the century.';
    const at = colon.indexOf('the French Academy');
    const passage = passageOf(colon, { start: at, end: at + 18 });
    expect(passage?.text).toBe(colon.slice(0, colon.indexOf(':')) + '.');
    expect(passage?.text.slice(passage.answer.start, passage.answer.end)).toBe('the French Academy');
  });

  it('does not cut a long sentence to the verbless list after a colon', () => {
    const list =
      'After many months of careful study and long debate in the committee, the members of the regional council finally listed all the towns they would fund next year: Basel, Heidelberg, Strasbourg, Lyon, Geneva, Turin, Milan, Zurich, Bern, Lausanne, Munich and Vienna.';
    const at = list.indexOf('Lyon');
    expect(passageOf(list, { start: at, end: at + 4 })).toBeNull();
  });

  it('gives no passage rather than a fragment', () => {
    const fragmentOnly =
      'Mr. Smith also told the court that, over the last five months of her life, in the small flat near the station, far from the family, without any help, without money, and without the medicine that the doctors had prescribed, "she cried every day."';
    const local = contextOf(`Title\n\n${fragmentOnly}`, []);
    expect(writeCloze(numberAt(local.article, 'five', { form: 'words', value: 5 }), local.article.text)).toBeNull();
  });
});
