/**
 * The answer of a "Why …?" must read as a reason or a purpose: "to safeguard …", "because …",
 * "in search of …". A hedge ("seemingly aimed at …") never opens an answer: the claim's doubt
 * belongs to the article, and a learner would have to recite it. Such causes keep their cloze.
 */
const REASON_START =
  /^(to|in order to|so as to|so that|because|since|as|for|in search of|seeking to|due to|owing to|thanks to|out of|in an? (effort|bid|attempt) to|with the (aim|goal|intention) of|for fear of|given that|after|following)\b/i;

const HEDGE_START = /^(seemingly|apparently|reportedly|allegedly|supposedly|possibly|probably|presumably|perhaps|likely|ostensibly|purportedly)\b/i;

/** A reason may be a bare clause or noun phrase ("he wanted to study mathematics"); a purpose needs its marker. */
export function isReasonAnswer(answer: string, relation: 'reason' | 'purpose'): boolean {
  const text = answer.trim();
  return !HEDGE_START.test(text) && (relation === 'reason' || REASON_START.test(text));
}
