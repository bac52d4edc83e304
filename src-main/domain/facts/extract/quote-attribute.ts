/**
 * Finding the attribution of one quotation: the words after it, then before it, then a
 * lead-in ending the previous paragraph, then — for a quotation that simply goes on after an
 * attributed one in the same paragraph (`"…," said X. "…"`) — the same speaker.
 * Titles and nicknames in quotation marks ("The Internet Explorer 6 Countdown") are skipped.
 */
import type { ExtractionContext } from '../context';
import type { QuoteMarks } from './quote-marks';
import { attributionAfter, attributionBefore, attributionInLeadIn, type Attribution, type Located } from './quote-attribution';
import { isQuoted, type SpeakerScope } from './quote-speaker';

export type { Attribution };

/** Title Case without closing punctuation: a title or nickname, not speech. */
export function looksLikeTitle(quoted: string): boolean {
  const words = quoted.trim().split(/\s+/);
  if (words.length < 2 || /[,.!?…]$/u.test(quoted.trim())) return false;
  return words.every((word) => word.replace(/\P{L}/gu, '').length < 4 || /^\P{L}*\p{Lu}/u.test(word));
}

function locate(context: ExtractionContext, offset: number): Located | null {
  const position = context.sentences.findIndex(({ sentence }) => offset >= sentence.span.start && offset < sentence.span.end);
  const tokens = context.sentences[position]?.tokens ?? [];
  const token = tokens.findIndex((t) => offset >= t.start && offset < t.end);
  return position < 0 || token < 0 ? null : { position, token };
}

export function attribute(scope: SpeakerScope, quote: QuoteMarks, previous: Attribution | null): Attribution | null {
  const { context } = scope;
  if (looksLikeTitle(context.article.text.slice(quote.content.start, quote.content.end))) return null;
  const open = locate(context, quote.open);
  const close = locate(context, quote.close);
  if (open === null || close === null) return null;
  const closeTokens = context.sentences[close.position]?.tokens ?? [];
  const next = context.sentences[close.position + 1];
  // A quotation ending in a comma hands over to its attribution even if a sentence split falls
  // between them; one ending in a full stop does not ("…orbit." Zenghelis described her …).
  const handsOver = /,\s*$/u.test(context.article.text.slice(quote.content.start, quote.content.end));
  const samePara = next?.paragraphIndex === context.sentences[close.position]?.paragraphIndex;
  const after = close.token === closeTokens.length - 1 && handsOver && samePara ? { position: close.position + 1, token: -1 } : close;
  const found = attributionAfter(scope, after) ?? attributionBefore(scope, open, quote, context.article.text);
  if (found !== null || open.token !== 0) return found;
  // "Rathbun stated," closing the previous paragraph (or sentence).
  const before = context.sentences[open.position - 1];
  const paragraph = context.sentences[open.position]?.paragraphIndex ?? -1;
  if (before === undefined || before.paragraphIndex < paragraph - 1) return null;
  const leadIn = attributionInLeadIn(scope, open.position - 1);
  if (leadIn !== null) return { ...leadIn, position: open.position };
  return continued(scope, open, previous);
}

/** `"…," said Maria Gonzalez. "Now it is up to the courts."`: the same speaker goes on. */
function continued(scope: SpeakerScope, open: Located, previous: Attribution | null): Attribution | null {
  const { sentences, entities } = scope.context;
  if (previous === null || previous.position !== open.position - 1) return null;
  if (sentences[previous.position]?.paragraphIndex !== sentences[open.position]?.paragraphIndex) return null;
  // Anyone else named since then could be the one speaking now.
  const others = entities.mentionsIn(sentences[previous.position]?.sentence.index ?? -1).filter((m) => m.canonical !== previous.speaker.mention.canonical && m.type === 'person');
  const named = others.filter((m) => !isQuoted(scope, m.span));
  return named.length > 0 ? null : { speaker: previous.speaker, rule: 'quote:continued', position: open.position };
}


