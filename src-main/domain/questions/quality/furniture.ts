/** Page furniture (comment forms, share bars, bylines) never yields a question, even if the parser let it through. */
import { fail, type Gate } from './types';

const FURNITURE = [
  /\bleave a (reply|comment)\b/i,
  /\brequired fields are marked\b/i,
  /\byour email address will not be published\b/i,
  /\b(click|tap) (here|to (share|print|email))\b/i,
  /\bshare (this|on|via) (article|post|story|page|facebook|twitter|x|email)\b/i,
  /\bsubscribe to (our|the) newsletter\b/i,
  /\ball rights reserved\b/i,
  // A byline or dateline is a label: it opens the line with no sentence punctuation ("Posted in
  // News") or follows a separator ("Jane Doe | Published on May 3"). Prose that says a thing was
  // published ("Hydrodynamica, published in 1738"; "Published in 1738, it was …") is not furniture.
  /^(posted|filed|published) (in|under|on|by)\b[^.!?]*$/i,
  /[|•·]\s*(posted|filed|published) (in|under|on|by)\b/i,
  /\bthis (web)?site uses cookies\b/i,
  /\bsave my name,? email\b/i,
  /\b(related (posts|articles|stories)|read more|continue reading)\b/i,
];

export function isFurniture(text: string): boolean {
  return FURNITURE.some((pattern) => pattern.test(text));
}

export const notFurniture: Gate = (question) => (isFurniture(question.sentence) ? fail('source is page furniture') : null);
