import { describe, expect, it } from 'vitest';
import type { ListFact, QuoteFact } from '../../../src-main/domain/facts/model';
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

describe('cloze on a short list', () => {
  const local = contextOf('Title\n\nThe Sams sought help from other homeopaths and naturopaths.', []);
  const list = (itemSpans: ListFact['itemSpans']) =>
    factAt<ListFact>(local.article, 'homeopaths and naturopaths', { kind: 'list', head: 'The Sams sought help from other', items: ['homeopaths', 'naturopaths'], itemSpans });

  it('leaves the list to list recall when that asks for each item', () => {
    const at = (item: string) => ({ start: local.article.text.indexOf(item), end: local.article.text.indexOf(item) + item.length });
    expect(writeCloze(list([at('homeopaths'), at('naturopaths')]), local.article.text)).toBeNull();
  });

  it('keys its one blank with the words as written, not the items joined by semicolons', () => {
    const cloze = writeCloze(list([]), local.article.text);
    expect(cloze).toMatchObject({ prompt: `The Sams sought help from other ${BLANK}.`, answer: 'homeopaths and naturopaths' });
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

  it('cuts at "as" before a clause whose past verb wink tags as an adjective ("people crowded/ADJ onto")', () => {
    const sentence =
      'The city festival was off to a bright start on Saturday night as hundreds of thousands of people crowded onto the old harbour square near the river to watch the mayor and other guests light hundreds of colorful lanterns in and around the 30,000 square meter park.';
    const at = sentence.indexOf('the old harbour square');
    const passage = passageOf(sentence, { start: at, end: at + 'the old harbour square'.length });
    expect(passage?.shortened).toBe(true);
    expect(passage?.text.startsWith('Hundreds of thousands of people crowded onto the old harbour square')).toBe(true);
    expect(passage?.text.slice(passage.answer.start, passage.answer.end)).toBe('the old harbour square');
  });

  it('does not read an adjective in -ed as a verb without an object or a direction after it', () => {
    const sentence =
      'The city festival was off to a bright start on Saturday night as hundreds of thousands of tired and excited people crowded with children and friends in the old harbour square near the river for the light show of hundreds of colorful lanterns in and around the 30,000 square meter park.';
    const at = sentence.indexOf('the old harbour square');
    expect(passageOf(sentence, { start: at, end: at + 'the old harbour square'.length })).toBeNull();
  });

  it('ends a cut before a bracket it would leave open', () => {
    const sentence =
      'The finding that young plants grow faster when given NPK [nitrogen, phosphorus and potassium, the three main nutrients] but old plants do not was reached in another way (as you have to feed the plants by hand, as healthy plants, when left alone, ignore the fertiliser.)';
    const at = sentence.indexOf('nitrogen');
    const passage = passageOf(sentence, { start: at, end: at + 'nitrogen'.length });
    expect(passage?.text).toBe(
      'The finding that young plants grow faster when given NPK [nitrogen, phosphorus and potassium, the three main nutrients] but old plants do not was reached in another way.',
    );
    expect(passage?.text.slice(passage.answer.start, passage.answer.end)).toBe('nitrogen');
  });

  it('gives no passage when the answer itself sits in the bracket a cut would leave open', () => {
    const sentence =
      'The finding that young plants grow faster when given extra fertiliser was reached in another way (as you have to feed the plants by hand with NPK, as healthy plants, when left alone, ignore the fertiliser, which the team found odd, since the plants had been given water and light and warmth every day for weeks.)';
    const at = sentence.indexOf('NPK');
    expect(passageOf(sentence, { start: at, end: at + 3 })).toBeNull();
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

  const reported =
    'Mr. Smith also told the court that, over the last five months of her life, "the girl cried for most of every day and it is asserted by the Crown that both of her parents knew this and spoke of it."';

  it('shows a whole quoted sentence of a long report on its own, but not a lower-case fragment', () => {
    const at = reported.indexOf('most of every day');
    const passage = passageOf(reported, { start: at, end: at + 17 });
    expect(passage).toBeNull();
    const capital = reported.replace('"the girl', '"The girl');
    const found = passageOf(capital, { start: at, end: at + 17 });
    expect(found?.text).toBe('"The girl cried for most of every day and it is asserted by the Crown that both of her parents knew this and spoke of it."');
    expect(found?.text.slice(found.answer.start, found.answer.end)).toBe('most of every day');
  });

  it('does not cut out a quotation for an answer outside it', () => {
    const capital = reported.replace('"the girl', '"The girl');
    const outside = capital.indexOf('five');
    expect(passageOf(capital, { start: outside, end: outside + 4 })).toBeNull();
  });

  it('names the speaker of a quotation shown without its report', () => {
    const local = contextOf(`Title\n\n${reported.replace('"the girl', '"The girl')}`, []);
    const fact = factAt<QuoteFact>(local.article, 'most of every day', { kind: 'quote', quote: '', quoteSpan: { start: 0, end: 0 }, speaker: 'John Smith', partial: false });
    expect(writeCloze(fact, local.article.text)?.prompt).toBe(
      `John Smith said: "The girl cried for ${BLANK} and it is asserted by the Crown that both of her parents knew this and spoke of it."`,
    );
  });
});
