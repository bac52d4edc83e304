/** Named entities of an article: people, organisations, places; the public surface. */
export { buildEntityIndex, type ArticleEntities } from './entity-index';
export { rolesOfMention, type RoleStatement } from './roles';
export type { Gender } from './gazetteer/roles';
export { isSayingVerb, POSSESSIVE_PRONOUNS, wordCount } from './words';
