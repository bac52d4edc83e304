import { describe, expect, it } from 'vitest';
import type { ExtractionContext } from '../../../src-main/domain/facts/context';
import { extractPersonFacts } from '../../../src-main/domain/facts/extract/person';
import type { PersonFact } from '../../../src-main/domain/facts/model';
import { contextOf, readArticle } from '../entities/analyse';

function allPersonFacts(context: ExtractionContext): PersonFact[] {
  return context.sentences.flatMap((analysis) => extractPersonFacts(analysis, context)).filter((f): f is PersonFact => f.kind === 'person');
}

/** Facts that answer with the person's own name (the others answer with a role, a place or a relative). */
const NAME_RULES = new Set(['person:title-before-name', 'person:apposition', 'person:role-comma-name', 'person:copular-description', 'person:post-nominal']);
const personFacts = (context: ExtractionContext): PersonFact[] => allPersonFacts(context).filter((f) => NAME_RULES.has(f.rule));
const linkedFacts = (context: ExtractionContext): PersonFact[] => allPersonFacts(context).filter((f) => !NAME_RULES.has(f.rule));

const brief = (fact: PersonFact): [string, string, string] => [fact.answer, fact.role, fact.rule];

function expectExactSpans(context: ExtractionContext, facts: readonly PersonFact[]): void {
  const { text } = context.article;
  for (const fact of facts) {
    expect(text.slice(fact.answerSpan.start, fact.answerSpan.end)).toBe(fact.answer);
    expect(text.slice(fact.roleSpan.start, fact.roleSpan.end)).toBe(fact.role);
    expect(text.slice(fact.sentenceSpan.start, fact.sentenceSpan.end)).toBe(fact.sentence);
    for (const span of [fact.answerSpan, fact.roleSpan]) {
      expect(span.start).toBeGreaterThanOrEqual(fact.sentenceSpan.start);
      expect(span.end).toBeLessThanOrEqual(fact.sentenceSpan.end);
    }
  }
}

describe.each([
  ['seed', [
    ['Claudia Sheinbaum', 'Mexican President', 'person:title-before-name'],
    ['Marco Rubio', 'US Secretary of State', 'person:title-before-name'],
    ['Elon Musk', 'Tech billionaire', 'person:title-before-name'],
    ['Elon Musk', 'an influential figure in the Trump administration', 'person:apposition'],
  ]],
  ['01-canada-sensitive-document-found.txt', [
    ['Julie Hahn', 'Environment Canada spokesperson', 'person:title-before-name'],
    ['John Baird', 'Environment Minister', 'person:title-before-name'],
    ['Sujata Raisinghani', 'Environment Canada spokeswoman', 'person:title-before-name'],
    ['Paul Dewar', 'an Ottawa New Democrat MP', 'person:apposition'],
  ]],
  ['02-homeopathy-parents-manslaughter-trial.txt', [
    ['Thomas Sam', 'a practising homeopath', 'person:apposition'],
    ['Mark Tedeschi', 'the Crown prosecutor', 'person:role-comma-name'],
    ['Mark Tedeschi', 'QC', 'person:post-nominal'],
    ['Tom Molomby', 'SC', 'person:post-nominal'],
  ]],
  ['04-scientology-defector-arrested.txt', [
    ['Daniel Montalvo', 'a member of Scientology all his life', 'person:apposition'],
    ['L. Ron Hubbard', 'science fiction writer', 'person:title-before-name'],
    ['Kendrick Moxon', 'a Scientology attorney', 'person:role-comma-name'],
    ['Steve Whitmore', "a representative for the LA Sheriff's office", 'person:apposition'],
    ['Tiziano Lugli', 'musician', 'person:title-before-name'],
    ['Jason Beghe', 'actor', 'person:title-before-name'],
  ]],
  ['05-self-medicating-ants-interview.txt', [['Nick Bos', 'of the University of Helsinki', 'person:apposition']]],
  ['06-daniel-bernoulli.txt', [
    ['Daniel Bernoulli', 'a Swiss mathematician and physicist', 'person:copular-description'],
    ['Daniel', 'a son of Johann Bernoulli', 'person:copular-description'],
  ]],
  ['07-zaha-hadid.txt', [
    ['Zaha Mohammad Hadid', 'an Iraqi-British architect', 'person:copular-description'],
    ['Mohammed Hadid Muhammad al-Hajj Husayn Hadid', 'a wealthy industrialist from Mosul', 'person:copular-description'],
    ['Abd al-Karim Qasim', 'General', 'person:title-before-name'],
    ['Wajiha al-Sabunji', 'an artist from Mosul', 'person:copular-description'],
    ['Kazimir Malevich', 'Russian suprematist artist', 'person:title-before-name'],
  ]],
  ['08-taipei-lantern-festival.txt', [['Hau Lung-bin', 'city mayor', 'person:title-before-name']]],
])('person facts of %s', (file, expected) => {
  const context = contextOf(readArticle(file));
  const facts = personFacts(context);

  it('finds exactly the stated roles', () => {
    expect(facts.map(brief)).toEqual(expected);
  });

  it('points at the exact name, role and sentence', () => {
    expectExactSpans(context, allPersonFacts(context));
  });
});

describe.each([
  ['02-homeopathy-parents-manslaughter-trial.txt', [['a practising homeopath', 'Thomas Sam', 'person:apposition-role']]],
  ['05-self-medicating-ants-interview.txt', [
    ['University of Helsinki', 'Nick Bos', 'person:affiliation'],
    ["Patrizia d'Ettorre", "Patrizia d'Ettorre", 'person:relation'],
  ]],
  ['06-daniel-bernoulli.txt', [
    ['a Swiss mathematician and physicist', 'Daniel Bernoulli', 'person:copular-role'],
    ['Johann Bernoulli', 'Johann Bernoulli', 'person:relation'],
    ['Jacob Bernoulli', 'Jacob Bernoulli', 'person:relation'],
    ['Leonhard Euler', 'Leonhard Euler', 'person:relation'],
  ]],
  ['07-zaha-hadid.txt', [
    ['an Iraqi-British architect', 'Zaha Mohammad Hadid', 'person:copular-role'],
    ['a wealthy industrialist from Mosul', 'Mohammed Hadid Muhammad al-Hajj Husayn Hadid', 'person:copular-role'],
    ['minister of finance', 'Mohammed Hadid Muhammad al-Hajj Husayn Hadid', 'person:office'],
    ['an artist from Mosul', 'Wajiha al-Sabunji', 'person:copular-role'],
  ]],
])('person facts of %s that answer with something else than the name', (file, expected) => {
  it('answers with the role, the affiliation, the relative or the office', () => {
    const facts = linkedFacts(contextOf(readArticle(file)));
    expect(facts.map((f) => [f.answer, f.name, f.rule])).toEqual(expected);
  });
});

describe('person facts on invented sentences', () => {
  const only = (text: string): PersonFact[] => {
    const context = contextOf(text);
    expectExactSpans(context, allPersonFacts(context));
    return personFacts(context);
  };
  const linked = (text: string): Array<[string, string, string]> => {
    const context = contextOf(text);
    expectExactSpans(context, allPersonFacts(context));
    return linkedFacts(context).map((f) => [f.answer, f.name, f.rule]);
  };

  it('asks a copular description back as the answer', () => {
    expect(linked('Ada Lovelace (1815 – 1852) was an English mathematician and writer.')).toEqual([['an English mathematician and writer', 'Ada Lovelace', 'person:copular-role']]);
  });

  it('answers an affiliation with the organisation', () => {
    expect(linked('Lena Olsen, of the University of Oslo, led the study.')).toEqual([['University of Oslo', 'Lena Olsen', 'person:affiliation']]);
  });

  it('answers a relation with the related person, without a role', () => {
    const context = contextOf('Marta Kowalska was a niece of Piotr Kowalski. She was a close friend of Irena Nowak.');
    expect(linkedFacts(context).filter((f) => f.rule === 'person:relation').map((f) => [f.answer, f.role])).toEqual([['Piotr Kowalski', ''], ['Irena Nowak', '']]);
  });

  it('answers supervision with the supervisor, past an honorific', () => {
    expect(linked('Ravi Menon did his project under supervision of Prof. Sara Lind in Lund.')).toEqual([['Sara Lind', 'Sara Lind', 'person:relation']]);
  });

  it('answers an office held, resolving "he" to the one man named just before', () => {
    expect(linked('Omar Haddad was a banker from Tyre. He served as minister of trade after the war.').filter((f) => f[2] === 'person:office')).toEqual([['minister of trade', 'Omar Haddad', 'person:office']]);
  });

  it('gives no office when the pronoun has two candidates', () => {
    expect(linked('Omar Haddad met Peter Aziz in Tyre. He served as minister of trade.').filter((f) => f[2] === 'person:office')).toEqual([]);
  });

  it('reads letters after a name between commas as a role', () => {
    const [fact] = only('Defending the parents, Tom Wells, QC, said they acted in good faith.');
    expect(fact).toMatchObject({ answer: 'Tom Wells', role: 'QC', rule: 'person:post-nominal' });
  });

  it('reads a title before the name', () => {
    const [fact] = only('The talks were led by Foreign Minister Ana Torres on Monday.');
    expect(fact).toMatchObject({ answer: 'Ana Torres', name: 'Ana Torres', role: 'Foreign Minister', rule: 'person:title-before-name' });
  });

  it('reads an apposition and gives the surname as an alias', () => {
    const [fact] = only('Ravi Kumar, a senior engineer at the company, said the bridge was safe. Kumar left.');
    expect(fact).toMatchObject({ answer: 'Ravi Kumar', role: 'a senior engineer at the company', rule: 'person:apposition', aliases: ['Kumar'] });
  });

  it('reads an affiliation apposition', () => {
    const [fact] = only('Lena Olsen, of the University of Oslo, led the study.');
    expect(fact).toMatchObject({ answer: 'Lena Olsen', role: 'of the University of Oslo' });
  });

  it('reads a role before a comma and the name', () => {
    const [fact] = only('The survey was led by a British geologist, Tom Hardy.');
    expect(fact).toMatchObject({ answer: 'Tom Hardy', role: 'a British geologist', rule: 'person:role-comma-name' });
  });

  it('reads a copular description past a parenthesis', () => {
    const [fact] = only('Ada Lovelace (1815 – 1852) was an English mathematician and writer.');
    expect(fact).toMatchObject({ answer: 'Ada Lovelace', role: 'an English mathematician and writer', rule: 'person:copular-description' });
  });

  it('answers with the name as written and names the person in full', () => {
    const facts = only('Maria Lopez won. Later, Lopez was a Spanish diplomat in Rome.');
    expect(facts.map((f) => [f.answer, f.name, f.role])).toEqual([['Lopez', 'Maria Lopez', 'a Spanish diplomat in Rome']]);
  });

  it('states each role of a person once', () => {
    const facts = only('Economist Sara Klein spoke first. Economist Sara Klein spoke again.');
    expect(facts).toHaveLength(1);
  });

  it.each([
    ['a role hanging on a pronoun', 'His wife Mary Jones declined to comment.'],
    ['a relation only', 'The money went to their daughter, Emma Stone.'],
    ['a title with no name', 'The President said the plan would fail.'],
    ['a place with a description', 'Mexico, a large country, rejected the plan.'],
    ['a non-person with an apposition', 'Formica fusca, an ant species, eats aphids.'],
    ['a bare determiner for a role', 'We met Paul Evans, the one, at noon.'],
  ])('gives no fact for %s', (_label, text) => {
    expect(only(text)).toEqual([]);
  });

  it('makes stable ids from the sentence, the name and the role', () => {
    const [a] = only('Foreign Minister Ana Torres spoke.');
    const [b] = only('Nothing happened before.\n\nForeign Minister Ana Torres spoke.');
    expect(a?.id).toBeDefined();
    expect(a?.id).toBe(b?.id);
  });
});
