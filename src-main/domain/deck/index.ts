/** The deck orchestrator's public surface. */
export { generateDeck, extractFacts, dedupeFacts, type Deck, type DeckParts } from './generate-deck';
export { analyseArticle } from './analyse';
