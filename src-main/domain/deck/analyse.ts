/** Each sentence tokenized once, with offsets into `Article.text` (base offset = the sentence's start). */
import type { Article } from '../article/model';
import type { SentenceAnalysis } from '../facts/context';
import { tokenize } from '../nlp/tokens';

export function analyseArticle(article: Article): SentenceAnalysis[] {
  return article.sections.flatMap((section, sectionIndex) =>
    section.paragraphs.flatMap((paragraph) =>
      paragraph.sentences.map((sentence) => ({
        sentence,
        sectionIndex,
        paragraphIndex: paragraph.index,
        tokens: tokenize(sentence.text, sentence.span.start),
      })),
    ),
  );
}
