/**
 * Number facts: every meaningful quantity in a sentence, with the exact words that answer it
 * ("eight", "25-percent", "200,000 to 750,000", "19th"), what it counts ("Latin American drug
 * cartels"), the hedge the article put on it ("approximately") and how close an answer must be.
 * Precision over recall: a number that may be part of a name, a reference or an idiom is left out.
 */
import type { Token } from '../../nlp/tokens';
import type { ExtractionContext, FactExtractor, SentenceAnalysis } from '../context';
import type { NumberFact, NumberForm } from '../model';
import { stableId } from '../../ids';
import { numberAliases } from './number-aliases';
import { joinYears, withBound, withSuperlative, withWrittenUnit } from './number-compound';
import { countedAfter } from './number-counted';
import type { Counted } from './number-counted';
import type { Reading } from './number-skip';
import { qualifierBefore, toleranceFor } from './number-qualifier';
import { skipByContext, skipReading } from './number-skip';
import { findNumberMentions } from './number-spans';
import type { NumberMention } from './number-spans';

/** Final form: a four-digit "year" that counts something ("2000 year old", "1500 soldiers") is digits. */
function formOf(tokens: readonly Token[], mention: NumberMention, counted: Counted): NumberForm {
  const form = mention.expression.form;
  if (form !== 'year' || mention.expression.unit === 'decade') return form;
  if (counted.unit) return 'digits';
  const next = tokens[mention.last + 1];
  const determined = tokens[mention.first - 1]?.pos === 'DET';
  return !determined && next?.pos === 'NOUN' && /s$/i.test(next.text) ? 'digits' : 'year';
}

/**
 * "Thomas Sam, 42, and …": a small number set off by commas right after a name is an age. The
 * name is a person the entity index knows, or at least two proper nouns when it knows none.
 * "aged 66" and "at the age of 38" are ages too.
 */
function isAge(tokens: readonly Token[], mention: NumberMention, personEnds: ReadonlySet<number>): boolean {
  const { value, form } = mention.expression;
  if ((form !== 'digits' && form !== 'words') || !Number.isInteger(value) || value < 1 || value > 119) return false;
  const before = tokens[mention.first - 1]?.text.toLowerCase();
  // "died aged 66", "at the age of 38".
  if (before === 'aged' || (before === 'of' && tokens[mention.first - 2]?.text.toLowerCase() === 'age')) return true;
  const nameEnd = mention.first - 2;
  const named = personEnds.has(nameEnd) || (tokens[nameEnd]?.pos === 'PROPN' && tokens[nameEnd - 1]?.pos === 'PROPN');
  return named && tokens[mention.first - 1]?.text === ',' && [',', ')', ';'].includes(tokens[mention.last + 1]?.text ?? '');
}

function ruleFor(reading: Reading, decade: boolean): string {
  const { form, counted, age } = reading;
  if (age || (counted.unit && counted.text?.endsWith(' old'))) return 'number:age';
  if (form === 'digits' || form === 'words') return counted.unit ? 'number:measure' : counted.text === null ? 'number:cardinal' : 'number:cardinal-counted';
  return decade ? 'number:decade' : `number:${form}`;
}

/** How the number reads in context: its final form, what it counts, and where its answer ends. */
function readMention(tokens: readonly Token[], mention: NumberMention, personEnds: ReadonlySet<number>): Reading {
  const { expression } = mention;
  const none: Counted = { text: null, unit: false, skip: false };
  if (expression.form === 'century') {
    // "19th century" is asked as "19th": the answer stops before "century" (and its hyphen).
    let answerLast = mention.last;
    while (answerLast > mention.first && !/^\d|(?:th|st|nd|rd)$/i.test(tokens[answerLast]?.text ?? '')) answerLast -= 1;
    return { form: 'century', counted: { text: 'century', unit: true, skip: false }, age: false, answerLast };
  }
  if (expression.form === 'date') return { form: 'date', counted: none, age: false, answerLast: mention.last };
  // Ordinals count one thing ("33rd floor", not "floors"); ranges count up to their upper bound.
  const countValue = expression.form === 'ordinal' ? 1 : expression.valueMax ?? expression.value;
  const after = countedAfter(tokens, mention.last, countValue, expression.form === 'fraction');
  const form = formOf(tokens, mention, after);
  if (isAge(tokens, mention, personEnds)) {
    // "at the age of four months" says its unit; a bare age is in years.
    const counted = after.unit ? after : { text: 'years old', unit: true, skip: false };
    return { form, counted, age: true, answerLast: mention.last };
  }
  return { form, counted: form === 'year' ? none : after, age: false, answerLast: mention.last };
}

function factFor(mention: NumberMention, analysis: SentenceAnalysis, text: string, personEnds: ReadonlySet<number>): NumberFact | null {
  const { tokens, sentence } = analysis;
  if (skipByContext(tokens, mention) !== null) return null;
  const reading = readMention(tokens, mention, personEnds);
  if (skipReading(tokens, mention, reading, text) !== null) return null;
  const first = tokens[mention.first];
  const last = tokens[reading.answerLast];
  if (first === undefined || last === undefined) return null;
  const { expression } = mention;
  const { form, counted } = reading;
  const qualifier = qualifierBefore(tokens, mention.first, form);
  const qualifierText = qualifier === null ? null : qualifier.text.toLowerCase();
  const answer = text.slice(first.start, last.end);
  const fact: NumberFact = {
    id: stableId('fact', 'number', sentence.text, answer),
    kind: 'number',
    sentenceIndex: sentence.index,
    sentenceSpan: sentence.span,
    sentence: sentence.text,
    answerSpan: { start: first.start, end: last.end },
    answer,
    aliases: numberAliases(answer, expression, form, { qualifier: qualifierText, unitCounted: counted.unit && form !== 'century' ? counted.text : null }),
    rule: ruleFor(reading, expression.unit === 'decade'),
    value: expression.value,
    valueMax: expression.valueMax ?? null,
    form,
    counted: counted.text,
    qualifier: qualifierText,
    tolerance: toleranceFor(expression, form, qualifier),
  };
  const unit = counted.unit && form !== 'century' && !reading.age ? counted.text : null;
  return withSuperlative(withBound(withWrittenUnit(fact, tokens, unit), tokens, qualifier), tokens);
}

/**
 * Where the dateline at the head of a sentence ends, so its date is not asked: the article's own
 * dateline line, or an inline one opening the body ("WASHINGTON, Aug. 15, 2008 — The council …").
 */
function datelineEnd(analysis: SentenceAnalysis, context: ExtractionContext): number {
  const dateline = context.article.dateline?.trim() ?? '';
  const { text, span, index } = analysis.sentence;
  const at = dateline.length > 0 ? text.indexOf(dateline) : -1;
  if (at >= 0 && text.slice(0, at).trim() === '') return span.start + at + dateline.length;
  // A place and a date, then a dash: no clause, no brackets, and the date last.
  const inline = index === 0 ? /^([^!?();]{0,80}?)\s(?:[—–]|--)\s/.exec(text) : null;
  const head = inline?.[1] ?? '';
  const dated = /\d$/.test(head) && /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s/.test(head);
  return dated && inline !== null ? span.start + inline[0].length : span.start;
}

export const extractNumberFacts: FactExtractor = (analysis, context) => {
  const afterDateline = datelineEnd(analysis, context);
  const personEnds = new Set(context.entities.mentionsIn(analysis.sentence.index).filter((m) => m.type === 'person').map((m) => m.tokenRange[1]));
  const facts: NumberFact[] = [];
  const answers = new Set<string>();
  for (const mention of findNumberMentions(analysis.tokens, context.article.text)) {
    if ((analysis.tokens[mention.first]?.start ?? 0) < afterDateline) continue;
    const fact = factFor(mention, analysis, context.article.text, personEnds);
    // One fact per answer and sentence: the id is made of both, so a repeat would collide.
    if (fact === null || answers.has(fact.answer.toLowerCase())) continue;
    answers.add(fact.answer.toLowerCase());
    facts.push(fact);
  }
  return joinYears(facts, analysis);
};
