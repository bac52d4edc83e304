import { describe, expect, it } from 'vitest';
import type { EventFact } from '../../../src-main/domain/facts/model';
import { writeTrueFalse } from '../../../src-main/domain/questions/formats/true-false';
import { factAt, numberAt } from './fixtures';
import { seedContext } from './seed-context';

const context = seedContext();
const a = context.article;

describe('true/false', () => {
  const facts = [
    numberAt(a, 'eight', { form: 'words', value: 8 }),
    numberAt(a, 'seven', { form: 'words', value: 7 }),
    numberAt(a, '2006', { form: 'year', value: 2006 }),
    numberAt(a, '480,000', { form: 'digits', value: 480000, tolerance: { kind: 'relative', ratio: 0.05 } }),
    numberAt(a, '19th century', { form: 'century', value: 19 }),
    numberAt(a, '25-percent', { form: 'percent', value: 25 }),
    factAt<EventFact>(a, 'Marco Rubio', { kind: 'event', actor: '', action: '', when: null }),
    factAt<EventFact>(a, 'Elon Musk', { kind: 'event', actor: '', action: '', when: null }),
  ];
  const all = { ...context, facts };
  const questions = facts.map((fact) => writeTrueFalse(all, fact));

  it('states the sentence as written when true', () => {
    questions.filter((q) => q?.truth).forEach((q) => expect(q?.prompt).toBe(q?.sentence));
  });

  it('makes a false statement by a swap the article does not state', () => {
    for (const q of questions.filter((q) => q !== null && !q.truth)) {
      expect(q?.prompt).not.toBe(q?.sentence);
      expect(context.article.text).not.toContain(q?.prompt);
    }
    const us = questions[0];
    if (us && !us.truth) expect(us.prompt).not.toContain(' seven ');
  });

  it('mixes true and false statements, the same way every time', () => {
    const truths = questions.map((q) => q?.truth);
    expect(truths).toContain(true);
    expect(truths).toContain(false);
    expect(facts.map((fact) => writeTrueFalse(all, fact)?.truth)).toEqual(truths);
  });

  it('never swaps a place for another name of itself', () => {
    const fact = factAt<EventFact>(a, 'Washington', { kind: 'event', actor: '', action: '', when: null }, 'Washington has intensified');
    const q = writeTrueFalse({ ...context, facts: [fact] }, fact);
    expect(q?.truth).toBe(true);
  });
});

describe('true/false swaps of people', () => {
  it('never swaps a person for one of another gender', () => {
    const genders: Record<string, string> = { 'Claudia Sheinbaum': 'female', Sheinbaum: 'female', 'Marco Rubio': 'male', 'Elon Musk': 'male' };
    const facts = [factAt<EventFact>(a, 'Elon Musk', { kind: 'event', actor: '', action: '', when: null })];
    const entities = { ...context.entities, genderOf: (name: string) => genders[name] ?? null };
    for (let i = 0; i < 3; i += 1) {
      const fact = { ...facts[0], id: `fact-gender-${i}` } as EventFact;
      const q = writeTrueFalse({ ...context, entities, facts: [fact] }, fact);
      expect(q?.prompt ?? '').not.toMatch(/Sheinbaum, an influential figure/);
    }
  });
});

describe('true/false: only one-value slots are made false', () => {
  it('never swaps the person in an event (someone else may have done it too), whatever the draw', () => {
    for (let i = 0; i < 12; i += 1) {
      const fact = { ...factAt<EventFact>(a, 'Elon Musk', { kind: 'event', actor: '', action: '', when: null }), id: `fact-event-person-${i}` } as EventFact;
      const q = writeTrueFalse({ ...context, facts: [fact] }, fact);
      expect(q?.truth).toBe(true);
      expect(q?.prompt).toBe(q?.sentence);
    }
  });

  it('still makes some number statements false', () => {
    const truths = Array.from({ length: 12 }, (_, i) => {
      const fact = { ...numberAt(a, 'eight', { form: 'words', value: 8 }), id: `fact-number-${i}` };
      return writeTrueFalse({ ...context, facts: [fact] }, fact)?.truth;
    });
    expect(truths).toContain(false);
  });
});
