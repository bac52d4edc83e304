import { describe, expect, it } from 'vitest';
import { brief, quotes } from './quote-support';

describe('quote facts on invented sentences', () => {
  it.each([
    ['quote then speaker and verb', '"We will rebuild the bridge," Mayor Anne Clark said.', ['Anne Clark', 'We will rebuild the bridge', 'quote:quote-then-verb', false]],
    ['curly marks', '“We are ready,” Anne Clark stated.', ['Anne Clark', 'We are ready', 'quote:quote-then-verb', false]],
    ['British single marks, verb before name', "Nick Bos studies ants. 'The data are clear,' said Bos.", ['Nick Bos', 'The data are clear', 'quote:quote-then-verb', false]],
    ['speaker, verb and colon', 'Nick Bos studies ants. Bos said: "The ants chose the medicine."', ['Nick Bos', 'The ants chose the medicine.', 'quote:verb-then-quote', false]],
    ['according to, before', 'According to Dr. Ravi Patel, "the risk is small."', ['Ravi Patel', 'the risk is small.', 'quote:according-to', true]],
    ['according to, after', '"The risk is small", according to the Daily Herald.', ['Daily Herald', 'The risk is small', 'quote:according-to', false]],
    ['reported speech', 'Senator Maria Lopez warned that the country would "never accept such terms" in any deal.', ['Maria Lopez', 'never accept such terms', 'quote:reported-speech', true]],
    ['a speaker behind an apposition', 'Paul Dewar, an Ottawa MP, said, "This is a scandal."', ['Paul Dewar', 'This is a scandal.', 'quote:verb-then-quote', false]],
    ['a participle clause', 'Governor Ana Ruiz signed the bill, declaring that it would "change everything for farmers".', ['Ana Ruiz', 'change everything for farmers', 'quote:reported-speech', true]],
    ['a pronoun in the next paragraph', 'Environment Minister Jane Doe visited the site.\n\n"It is a disgrace," she said.', ['Jane Doe', 'It is a disgrace', 'quote:quote-then-verb', false]],
    ['a name behind its age', '"The water rose fast," Peter Novak, 45, said.', ['Peter Novak', 'The water rose fast', 'quote:quote-then-verb', false]],
    ['a short phrase between verb and quote', 'Fire chief Omar Haddad told reporters on Monday, "The worst is over."', ['Omar Haddad', 'The worst is over.', 'quote:verb-then-quote', false]],
    ['a name-possessive subject', 'PC World\'s analysis of its traffic concluded, "Firefox leads."', ['PC World', 'Firefox leads.', 'quote:verb-then-quote', false]],
    ['a passive agent', 'Daniel Bernoulli was described by W. W. Rouse Ball as "by far the ablest".', ['W. W. Rouse Ball', 'by far the ablest', 'quote:described-as', true]],
    ['a "by" that is no agent', 'Anne Clark told reporters by phone, "We are safe."', ['Anne Clark', 'We are safe.', 'quote:verb-then-quote', false]],
    ['a pronoun past a person of the other gender', 'Mark Hale pleaded with Gloria Hale to stop, but she replied "I will not stop".', ['Gloria Hale', 'I will not stop', 'quote:verb-then-quote', false]],
  ])('attributes %s', (_label, text, expected) => {
    expect(quotes(text).map(brief)).toEqual([expected]);
  });

  it('keeps a short multi-sentence quotation whole, in the sentence with the attribution', () => {
    const [fact] = quotes('Anna Smith spoke. "We came early. We left late. Nobody helped us," Smith said.');
    expect(fact).toMatchObject({ speaker: 'Anna Smith', quote: 'We came early. We left late. Nobody helped us', sentence: 'Nobody helped us," Smith said.' });
  });

  it('keeps only the attributed sentence of a long quotation', () => {
    const long = 'We waited for hours in the cold rain outside the station without any news at all.';
    const [fact] = quotes(`Anna Smith spoke. Smith said: "Nobody came to help us. ${long} ${long} ${long}"`);
    expect(fact).toMatchObject({ speaker: 'Anna Smith', quote: 'Nobody came to help us.' });
  });

  it('gives a quotation that goes on after an attributed one to the same speaker', () => {
    const facts = quotes('"We have done all we could," said Maria Gonzalez, a spokeswoman. "Now it is up to the courts."');
    expect(facts.map((f) => [f.speaker, f.quote, f.rule])).toEqual([
      ['Maria Gonzalez', 'We have done all we could', 'quote:quote-then-verb'],
      ['Maria Gonzalez', 'Now it is up to the courts.', 'quote:continued'],
    ]);
  });

  it('does not carry a speaker over another named person', () => {
    const facts = quotes('"We lost," said Maria Gonzalez, who met Peter Novak. "Now it is up to the courts."');
    expect(facts.map((f) => f.quote)).toEqual(['We lost']);
  });

  it('reads a split quotation around "she said"', () => {
    const facts = quotes('Mayor Laura Chen spoke. "We will win," she said, "and nobody can stop us."');
    expect(facts.map((f) => [f.speaker, f.quote])).toEqual([
      ['Laura Chen', 'We will win'],
      ['Laura Chen', 'and nobody can stop us.'],
    ]);
  });

  it('answers with the name as the sentence writes it and accepts the fullest', () => {
    const [fact] = quotes('Mexican President Claudia Sheinbaum spoke.\n\n"No," Sheinbaum said.');
    expect(fact).toMatchObject({ answer: 'Sheinbaum', speaker: 'Claudia Sheinbaum', aliases: ['Claudia Sheinbaum'] });
    expect(fact?.sentence).toBe('"No," Sheinbaum said.');
  });

  it('keeps two quotations by one speaker as two facts with their own answer spans', () => {
    const facts = quotes('Mayor Anne Clark spoke.\n\n"We are ready," Clark said.\n\nLater, Clark said: "The bridge will open in May."');
    expect(facts.map((f) => f.answer)).toEqual(['Clark', 'Clark']);
    expect(facts[0]?.answerSpan).not.toEqual(facts[1]?.answerSpan);
  });

  it('answers a speaker reached through a pronoun with the fullest name', () => {
    const [fact] = quotes('Environment Minister Jane Doe visited the site.\n\n"It is a disgrace," she said.');
    expect(fact).toMatchObject({ answer: 'Jane Doe' });
  });

  it('leaves a capitalised epithet after "as the" to the term extractor', () => {
    expect(quotes("She was described by The Guardian of London as the 'Queen of the curve'.")).toEqual([]);
    expect(quotes('He was described by the Daily Herald as the "Iron Chancellor".')).toEqual([]);
  });

  it.each([
    ['a pronoun with no antecedent', '"It is a disgrace," she said.'],
    ['a pronoun whose only antecedent has the other gender', 'John Smith met reporters.\n\n"It is late," she said.'],
    ['a pronoun two paragraphs away', 'Jane Doe spoke.\n\nThe river rose.\n\n"It is late," she said.'],
    ['scare quotes', 'Canada joined the US in labeling seven drug cartels as "terrorist entities."'],
    ['a quoted label after a verb of saying', 'Secunia said that 39 percent of the flaws are rated "highly critical".'],
    ['a quoted title', 'Microsoft says on "The Internet Explorer 6 Countdown" that it is time to move on.'],
    ['a book title in reported speech', 'Anne Clark said that the book "War and Peace" changed her life.'],
    ['a nickname', 'Dwayne "The Rock" Johnson said he would run.'],
    ['a speaker that is no name', '"This is outrageous," said a spokesman for the ministry.'],
    ['a quotation with no speaker', 'She shifted away from the "hugs not bullets" approach.'],
    ['a title alone as the speaker', '"We will act," the President said.'],
    ['an unbalanced opening mark', 'Anne Clark said "we will win the vote.'],
    ['an unbalanced closing mark', 'Anne Clark said we will win the vote."'],
    ['a mark that is an apostrophe', "Anne Clark's team said the parents' case was weak."],
    ['the next sentence after a complete quotation', 'Rem Koolhaas called it "a planet." Elia Zenghelis said nothing.'],
  ])('gives no fact for %s', (_label, text) => {
    expect(quotes(text)).toEqual([]);
  });

  it('does not crash on stray and mixed marks', () => {
    const text = 'He said "yes and ‘no” and "maybe.\n\n" " \' ’ “ ”\n\n"';
    expect(() => quotes(text)).not.toThrow();
  });
});
