/**
 * Each paragraph tokenized once (one wink parse per paragraph, not per sentence), its tokens handed
 * to the sentences they lie in. Offsets are into `Article.text`; a token's `index` is its place in
 * its sentence.
 */
import type { Article } from '../article/model';
import type { SentenceAnalysis } from '../facts/context';
import { tokenizeInto } from '../nlp/tokens';

export function analyseArticle(article: Article): SentenceAnalysis[] {
  return article.sections.flatMap((section, sectionIndex) =>
    section.paragraphs.flatMap((paragraph) => {
      const text = article.text.slice(paragraph.span.start, paragraph.span.end);
      const buckets = tokenizeInto(text, paragraph.span.start, paragraph.sentences.map((sentence) => sentence.span), article);
      return paragraph.sentences.map((sentence, i) => ({ sentence, sectionIndex, paragraphIndex: paragraph.index, tokens: buckets[i] ?? [] }));
    }),
  );
}
