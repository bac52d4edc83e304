/**
 * Interviews in question-and-answer form: the answers are the interviewee's own words even
 * without quotation marks. An article counts as one when at least two paragraphs are a
 * question put to "you"; the interviewee is the person the title names (or, failing that, the
 * person the lead mentions most). One quotation per answer paragraph: its first sentence in the
 * first person, short enough for a card.
 */
import { wordCount } from '../../entities';
import type { ExtractionContext, Mention, SentenceAnalysis } from '../context';

export interface InterviewAnswer {
  /** Position in `context.sentences` of the answer sentence. */
  readonly position: number;
  /** A mention of the interviewee written in full, to answer with. */
  readonly interviewee: Mention;
}

const MIN_QUESTIONS = 2;
const MIN_WORDS = 6;
const MAX_WORDS = 40;
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our']);
const QUOTE_MARK = /["“”‘’]/;

const isQuestion = (paragraph: readonly SentenceAnalysis[]): boolean =>
  paragraph.length > 0 &&
  paragraph.length <= 2 &&
  paragraph.every(({ sentence }) => sentence.text.trimEnd().endsWith('?') && !QUOTE_MARK.test(sentence.text)) &&
  paragraph.some(({ tokens }) => tokens.some((token) => ['you', 'your'].includes(token.text.toLowerCase())));

function paragraphsOf(context: ExtractionContext): SentenceAnalysis[][] {
  const paragraphs = new Map<number, SentenceAnalysis[]>();
  for (const analysis of context.sentences) paragraphs.set(analysis.paragraphIndex, [...(paragraphs.get(analysis.paragraphIndex) ?? []), analysis]);
  return [...paragraphs.values()];
}

function interviewee(context: ExtractionContext, lead: readonly SentenceAnalysis[]): Mention | null {
  const mentions = context.sentences.flatMap(({ sentence }) => context.entities.mentionsIn(sentence.index)).filter((m) => m.type === 'person');
  const full = (name: string): Mention | null => mentions.find((m) => m.text === name) ?? null;
  const titled = context.entities.persons().filter((p) => p.aliases.some((alias) => alias.includes(' ') && context.article.title.includes(alias)));
  if (titled.length === 1) return full(titled[0]?.name ?? '');
  const counts = new Map<string, number>();
  for (const { sentence } of lead) {
    for (const m of context.entities.mentionsIn(sentence.index)) if (m.type === 'person') counts.set(m.canonical, (counts.get(m.canonical) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (first === undefined || first[1] < 2 || (second !== undefined && second[1] === first[1])) return null;
  return full(first[0]);
}

export function interviewAnswers(context: ExtractionContext): InterviewAnswer[] {
  const paragraphs = paragraphsOf(context);
  const firstQuestion = paragraphs.findIndex(isQuestion);
  if (firstQuestion < 0 || paragraphs.filter(isQuestion).length < MIN_QUESTIONS) return [];
  const person = interviewee(context, paragraphs.slice(0, firstQuestion).flat());
  if (person === null) return [];
  const answers: InterviewAnswer[] = [];
  // Positions looked up, not searched for: indexOf per paragraph was quadratic in long articles.
  const positions = new Map(context.sentences.map((analysis, i) => [analysis, i] as const).reverse());
  for (const paragraph of paragraphs.slice(firstQuestion + 1)) {
    if (isQuestion(paragraph)) continue;
    const chosen = paragraph.find(({ sentence, tokens }) => {
      const words = wordCount(sentence.text);
      const firstPerson = tokens.some((token) => token.pos === 'PRON' && FIRST_PERSON.has(token.text.toLowerCase()));
      return firstPerson && words >= MIN_WORDS && words <= MAX_WORDS && !QUOTE_MARK.test(sentence.text) && !sentence.text.trimEnd().endsWith('?');
    });
    const position = chosen === undefined ? -1 : (positions.get(chosen) ?? -1);
    if (position >= 0) answers.push({ position, interviewee: person });
  }
  return answers;
}
