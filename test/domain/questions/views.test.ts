import { describe, expect, it } from 'vitest';
import type { ListFact, PersonFact, QuoteFact } from '../../../src-main/domain/facts/model';
import { writeListRecall } from '../../../src-main/domain/questions/formats/list-recall';
import { writeMatching } from '../../../src-main/domain/questions/formats/matching';
import { writeNumeric } from '../../../src-main/domain/questions/formats/numeric';
import { seededRandom, shuffled } from '../../../src-main/domain/questions/prng';
import { writeQuestions } from '../../../src-main/domain/questions/write-questions';
import { contextOf, factAt, numberAt } from './fixtures';
import { seedContext } from './seed-context';

const context = seedContext();
const a = context.article;

describe('list recall', () => {
  it('names the count and the head, and expects every item', () => {
    const items = ['Gulf Cartel', 'Sinaloa Cartel', 'Michoacan Family', 'United Cartels', 'MS-13', 'TdA', 'Jalisco New Generation Cartel'];
    const list = factAt<ListFact>(a, 'Gulf Cartel, Sinaloa Cartel, Michoacan Family, United Cartels, MS-13, TdA, and Jalisco New Generation Cartel', {
      kind: 'list',
      head: 'The sanctioned groups',
      items,
      itemSpans: [],
    });
    const q = writeListRecall(list);
    expect(q?.prompt).toBe('Name the 7 sanctioned groups: The sanctioned groups include the _____.');
    expect(q?.items).toEqual(items);
    expect(q?.answer).toBe(items.join('; '));
  });

  const listIn = (text: string, items: string[], head = 'works'): ListFact => {
    const local = contextOf(`Title\n\n${text}`, []);
    const spans = items.map((item) => {
      const start = local.article.text.indexOf(item);
      return { start, end: start + item.length };
    });
    const fact = factAt<ListFact>(local.article, text.slice(text.indexOf(items[0] as string), text.indexOf(items[items.length - 1] as string) + (items[items.length - 1] as string).length), {
      kind: 'list',
      head,
      items,
      itemSpans: spans,
    });
    return fact;
  };

  it('gives each item its own blank when words stand between the items', () => {
    const roles = writeListRecall(listIn('He was helped by former members, including musician Tiziano Lugli and actor Jason Beghe.', ['Tiziano Lugli', 'Jason Beghe']));
    expect(roles?.prompt).toBe('Name all 2: He was helped by former members, including musician _____ and actor _____.');
    expect(roles?.answer).toBe('Tiziano Lugli; Jason Beghe');
    const places = writeListRecall(listIn('Her works include the aquatic centre, the Broad Art Museum in the US, and the Guangzhou Opera House in China.', ['aquatic centre', 'Broad Art Museum', 'Guangzhou Opera House']));
    expect(places?.prompt).toBe('Name all 3: Her works include the _____, the _____ in the US, and the _____ in China.');
  });

  it('keeps one blank under a named head when only commas and "and" stand between the items', () => {
    expect(writeListRecall(listIn('He studied in Basel, Heidelberg, and Strasbourg.', ['Basel', 'Heidelberg', 'Strasbourg'], 'the universities'))?.prompt).toBe('Name the 3 universities: He studied in _____.');
  });

  it('gives each item its own blank when there is no head to name them by', () => {
    const q = writeListRecall(listIn('The Sams sought help from other homeopaths and naturopaths.', ['homeopaths', 'naturopaths'], 'The Sams sought help from other'));
    expect(q?.prompt).toBe('Name all 2: The Sams sought help from other _____ and _____.');
    expect(q?.answer).toBe('homeopaths; naturopaths');
    const three = writeListRecall(listIn('He studied in Basel, Heidelberg, and Strasbourg.', ['Basel', 'Heidelberg', 'Strasbourg'], 'He studied in'));
    expect(three?.prompt).toBe('Name all 3: He studied in _____, _____, and _____.');
  });

  it('is not written without a head when the items cannot each be blanked', () => {
    const fact = { ...listIn('He studied in Basel, Heidelberg, and Strasbourg.', ['Basel', 'Heidelberg', 'Strasbourg'], 'He studied in'), itemSpans: [] };
    expect(writeListRecall(fact)).toBeNull();
  });

  it('is not written when a clause stands between two items', () => {
    expect(writeListRecall(listIn('They sent Anna to Paris, where she met many painters and writers of the time, and Marc.', ['Anna', 'Marc']))).toBeNull();
  });
});

describe('numeric', () => {
  it('carries the value and the fact’s tolerance', () => {
    const fact = numberAt(a, '480,000', { form: 'digits', value: 480000, tolerance: { kind: 'relative', ratio: 0.05 } });
    const q = writeNumeric(fact, []);
    expect(q).toMatchObject({ value: 480000, tolerance: { kind: 'relative', ratio: 0.05 }, answer: '480,000' });
  });

  it('is not written for an ordinal or a date', () => {
    expect(writeNumeric(numberAt(a, '19th', { form: 'ordinal', value: 19 }), [])).toBeNull();
  });
});

describe('matching', () => {
  const text = 'Title\n\n"We will win," Ann Lee said. "Prices will fall," Bo Chan said. "Rain is coming soon," Cy Diaz said. "We will win," Ann Lee said again.';
  const local = contextOf(text, [
    { name: 'Ann Lee', type: 'person', aliases: ['Lee'] },
    { name: 'Bo Chan', type: 'person', aliases: ['Chan'] },
    { name: 'Cy Diaz', type: 'person', aliases: ['Diaz'] },
  ]);
  const quote = (speaker: string, words: string) =>
    factAt<QuoteFact>(local.article, speaker, { kind: 'quote', quote: words, quoteSpan: { start: 0, end: 1 }, speaker, partial: false }, `${words},” ${speaker}`.replace('”', '"'));

  it('pairs distinct speakers with their quotes, 3 to 6 pairs', () => {
    const facts = [quote('Ann Lee', 'We will win'), quote('Bo Chan', 'Prices will fall'), quote('Cy Diaz', 'Rain is coming soon')];
    const [q] = writeMatching({ ...local, facts });
    expect(q?.pairs).toEqual([
      { left: 'Ann Lee', right: '“We will win”' },
      { left: 'Bo Chan', right: '“Prices will fall”' },
      { left: 'Cy Diaz', right: '“Rain is coming soon”' },
    ]);
    expect(q?.factIds).toEqual(facts.map((f) => f.id));
  });

  it('needs three different people', () => {
    expect(writeMatching({ ...local, facts: [quote('Ann Lee', 'We will win'), quote('Bo Chan', 'Prices will fall')] })).toEqual([]);
  });

  it('pairs people with roles', () => {
    const person = (name: string, role: string) => factAt<PersonFact>(a, name, { kind: 'person', name, role, roleSpan: { start: 0, end: 0 } });
    const facts = [person('Claudia Sheinbaum', 'Mexican President'), person('Marco Rubio', 'US Secretary of State'), person('Elon Musk', 'Tech billionaire')];
    expect(writeMatching({ ...context, facts }).map((q) => q.rule)).toEqual(['matching/roles']);
  });
});

describe('the question set', () => {
  it('gives every question a rule and a quality, drops the low ones with reasons, and repeats itself exactly', () => {
    const facts = [numberAt(a, 'eight', { form: 'words', value: 8 }), numberAt(a, '2006', { form: 'year', value: 2006 })];
    const set = writeQuestions({ ...context, facts });
    expect(set.questions.length).toBeGreaterThan(4);
    for (const q of set.questions) {
      expect(q.rule).not.toBe('');
      expect(q.quality).toBeGreaterThanOrEqual(0.6);
    }
    for (const d of set.dropped) expect(d.reasons.length).toBeGreaterThan(0);
    expect(writeQuestions({ ...context, facts })).toEqual(set);
    expect(new Set(set.questions.map((q) => q.id)).size).toBe(set.questions.length);
  });

  it('shuffles with a seed', () => {
    expect(shuffled([1, 2, 3, 4, 5], seededRandom('x'))).toEqual(shuffled([1, 2, 3, 4, 5], seededRandom('x')));
  });
});
