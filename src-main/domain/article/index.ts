/** The article loader's public surface: plain text in, the article model out. */
export { parseArticle } from './parse-article';
export { countWords } from './words';
export type { Article, ArticleMeta, DroppedBlock, Paragraph, Section, Sentence, Span } from './model';
