/**
 * The Study screen's single-key shortcuts, Anki's where Anki has one. The answer keys of the
 * question itself (1–4 options, T/F, typing, Space to reveal) belong to AnswerInput; these are
 * the keys around it.
 */
import type { ReviewRating } from '../../../src-main/contract';
import type { StudyPhase } from '../../lib/state/study.svelte';

export type StudyCommand =
  | { readonly kind: 'continue' }
  | { readonly kind: 'rate'; readonly rating: ReviewRating }
  | { readonly kind: 'undo' }
  | { readonly kind: 'suspend' }
  | { readonly kind: 'open' }
  | { readonly kind: 'overrule' }
  | { readonly kind: 'edit' };

export interface KeyContext {
  readonly phase: StudyPhase;
  /** An answer of this session can still be taken back. */
  readonly canUndo: boolean;
  /** The answer on screen was graded wrong or partly right, and is the latest. */
  readonly canOverrule: boolean;
}

const RATINGS: Record<string, ReviewRating> = { '1': 1, '2': 2, '3': 3, '4': 4 };

export function commandForKey(key: string, { phase, canUndo, canOverrule }: KeyContext): StudyCommand | null {
  const onCard = phase === 'question' || phase === 'revealed' || phase === 'feedback';
  const answered = phase === 'revealed' || phase === 'feedback';
  const letter = key.length === 1 ? key.toLowerCase() : key;
  switch (letter) {
    case 'u':
      return canUndo && phase !== 'loading' ? { kind: 'undo' } : null;
    case 's':
      return onCard ? { kind: 'suspend' } : null;
    case 'e':
      return onCard ? { kind: 'edit' } : null;
    case 'o':
      return answered ? { kind: 'open' } : null;
    case 'r':
      return phase === 'feedback' && canOverrule ? { kind: 'overrule' } : null;
    case ' ':
    case 'Enter':
      if (phase === 'feedback') return { kind: 'continue' };
      // Anki: on the answer side, Space and Enter mean Good.
      if (phase === 'revealed') return { kind: 'rate', rating: 3 };
      return null;
    default: {
      const rating = RATINGS[key];
      return phase === 'revealed' && rating !== undefined ? { kind: 'rate', rating } : null;
    }
  }
}

/** The legend under the card: the keys that do something now, and what. */
export interface ShortcutHint {
  readonly keys: string;
  readonly does: string;
  /** Listed, but not there yet. */
  readonly coming?: boolean;
}

export function shortcutHints({ phase, canUndo, canOverrule }: KeyContext): ShortcutHint[] {
  const hints: ShortcutHint[] = [];
  if (phase === 'revealed') hints.push({ keys: '1 2 3 4', does: 'Again · Hard · Good · Easy' }, { keys: 'Space', does: 'Good' });
  if (phase === 'feedback') hints.push({ keys: 'Space', does: 'Continue' });
  if (phase === 'feedback' && canOverrule) hints.push({ keys: 'R', does: 'I was right' });
  if (phase === 'revealed' || phase === 'feedback') hints.push({ keys: 'O', does: 'Show in article' });
  if (canUndo) hints.push({ keys: 'U', does: 'Undo last answer' });
  if (phase === 'question' || phase === 'revealed' || phase === 'feedback') hints.push({ keys: 'S', does: 'Suspend this fact' });
  if (phase === 'question' || phase === 'revealed' || phase === 'feedback') hints.push({ keys: 'E', does: 'Edit this question' });
  return hints;
}
