/** Cloze: the source sentence (or, when long, the clause around the answer) with the answer blanked. */
import type { Span } from '../../article/model';
import type { Fact, ListFact } from '../../facts/model';
import { writeListRecall } from './list-recall';
import type { ClozeQuestion } from '../model';
import { measureSpan } from './measure';
import { passageOf } from './passage';
import { BLANK, baseOf, relativeSpan } from './shared';

/** Lists longer than this are asked as list recall; one blank for seven names is not a fair card. */
const MAX_CLOZE_LIST_ITEMS = 3;

type Blanked = { readonly prompt: string; readonly shortened: boolean } | null;

/** The cloze, multiple-choice and numeric views of a fact each ask for the same passage: kept per fact and span. */
const blankedMemo = new WeakMap<Fact, Map<string, Blanked>>();

export function blankedPassage(fact: Fact, span: Span = fact.answerSpan): Blanked {
  let bySpan = blankedMemo.get(fact);
  if (bySpan === undefined) blankedMemo.set(fact, (bySpan = new Map()));
  const key = `${span.start}:${span.end}`;
  let blanked = bySpan.get(key);
  if (blanked === undefined) bySpan.set(key, (blanked = blank(fact, span)));
  return blanked;
}

function blank(fact: Fact, span: Span): Blanked {
  if (fact.kind === 'list' && fact.items.length > MAX_CLOZE_LIST_ITEMS) return null;
  const answer = relativeSpan(fact, span);
  if (answer === null) return null;
  const passage = passageOf(fact.sentence, answer);
  if (passage === null) return null;
  const { text, answer: at } = passage;
  // A quotation shown without the report around it still says whose words they are.
  const speaker = fact.kind === 'quote' && passage.shortened && /^["“]/.test(text) ? `${fact.speaker} said: ` : '';
  return { prompt: speaker + text.slice(0, at.start) + BLANK + text.slice(at.end), shortened: passage.shortened };
}

/**
 * One blank over a list stands for the words as written ("homeopaths and naturopaths"), not for the
 * items joined by semicolons; when list recall asks for the items, the cloze would only repeat it.
 */
function writeListCloze(fact: ListFact, text: string): ClozeQuestion | null {
  if (writeListRecall(fact) !== null) return null;
  const blanked = blankedPassage(fact);
  if (blanked === null) return null;
  const answer = text.slice(fact.answerSpan.start, fact.answerSpan.end);
  return { ...baseOf(fact, 'cloze', '', blanked.shortened ? 'clause' : 'sentence'), format: 'cloze', prompt: blanked.prompt, answer, accepted: [] };
}

/** A cloze on part of the fact's answer (the object of a purpose phrase), with its own answer key. */
export function writeSubCloze(fact: Fact, span: Span, answer: string, variant: string): ClozeQuestion | null {
  const blanked = blankedPassage(fact, span);
  if (blanked === null) return null;
  return { ...baseOf(fact, 'cloze', variant, `${variant}-${blanked.shortened ? 'clause' : 'sentence'}`), format: 'cloze', prompt: blanked.prompt, answer, answerSpan: span, accepted: [] };
}

export function writeCloze(fact: Fact, text: string): ClozeQuestion | null {
  if (fact.kind === 'list') return writeListCloze(fact, text);
  const measured = fact.kind === 'number' ? measureSpan(fact, text) : null;
  if (measured !== null) {
    const cloze = writeSubCloze(fact, measured, text.slice(measured.start, measured.end), '');
    return cloze && { ...cloze, rule: cloze.rule.replace('cloze/-', 'cloze/measure-'), accepted: [...fact.aliases, fact.answer] };
  }
  const blanked = blankedPassage(fact);
  if (blanked === null) return null;
  return {
    ...baseOf(fact, 'cloze', '', blanked.shortened ? 'clause' : 'sentence'),
    format: 'cloze',
    prompt: blanked.prompt,
    answer: fact.answer,
  };
}
