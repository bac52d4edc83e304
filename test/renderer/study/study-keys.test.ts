import { describe, expect, it } from 'vitest';
import { commandForKey, shortcutHints, type KeyContext } from '../../../src-renderer/screens/study/study-keys';

const ctx = (phase: KeyContext['phase'], canUndo = true, canOverrule = false): KeyContext => ({ phase, canUndo, canOverrule });

describe('study shortcuts', () => {
  it('leaves the answer keys to the question while it is asked', () => {
    for (const key of ['1', '2', 't', 'f', ' ', 'Enter', 'o', 'r']) expect(commandForKey(key, ctx('question'))).toBeNull();
    expect(commandForKey('u', ctx('question'))).toEqual({ kind: 'undo' });
    expect(commandForKey('s', ctx('question'))).toEqual({ kind: 'suspend' });
  });

  it('rates a revealed card with 1–4, and Space or Enter mean Good', () => {
    expect(commandForKey('1', ctx('revealed'))).toEqual({ kind: 'rate', rating: 1 });
    expect(commandForKey('4', ctx('revealed'))).toEqual({ kind: 'rate', rating: 4 });
    expect(commandForKey(' ', ctx('revealed'))).toEqual({ kind: 'rate', rating: 3 });
    expect(commandForKey('Enter', ctx('revealed'))).toEqual({ kind: 'rate', rating: 3 });
    expect(commandForKey('5', ctx('revealed'))).toBeNull();
    expect(commandForKey('o', ctx('revealed'))).toEqual({ kind: 'open' });
  });

  it('goes on from a grade with Space or Enter; R overrules only when allowed', () => {
    expect(commandForKey(' ', ctx('feedback'))).toEqual({ kind: 'continue' });
    expect(commandForKey('Enter', ctx('feedback'))).toEqual({ kind: 'continue' });
    expect(commandForKey('r', ctx('feedback', true, false))).toBeNull();
    expect(commandForKey('r', ctx('feedback', true, true))).toEqual({ kind: 'overrule' });
    expect(commandForKey('R', ctx('feedback', true, true))).toEqual({ kind: 'overrule' });
    expect(commandForKey('1', ctx('feedback'))).toBeNull();
  });

  it('undoes only with something to undo, also from the summary; nothing while loading', () => {
    expect(commandForKey('u', ctx('feedback', false))).toBeNull();
    expect(commandForKey('u', ctx('summary', true))).toEqual({ kind: 'undo' });
    expect(commandForKey('u', ctx('loading', true))).toBeNull();
    expect(commandForKey('s', ctx('summary'))).toBeNull();
    expect(commandForKey(' ', ctx('summary'))).toBeNull();
  });

  it('opens the editor from a card, not from the summary', () => {
    expect(commandForKey('e', ctx('question'))).toEqual({ kind: 'edit' });
    expect(commandForKey('E', ctx('feedback'))).toEqual({ kind: 'edit' });
    expect(commandForKey('e', ctx('summary'))).toBeNull();
    expect(commandForKey('e', ctx('loading'))).toBeNull();
  });

  it('lists the keys that work now', () => {
    const keys = (context: KeyContext) => shortcutHints(context).map((hint) => hint.keys);
    expect(keys(ctx('question', false))).toEqual(['S', 'E']);
    expect(keys(ctx('revealed'))).toEqual(['1 2 3 4', 'Space', 'O', 'U', 'S', 'E']);
    expect(keys(ctx('feedback', true, true))).toEqual(['Space', 'R', 'O', 'U', 'S', 'E']);
    expect(shortcutHints(ctx('question')).find((hint) => hint.keys === 'E')).toEqual({ keys: 'E', does: 'Edit this question' });
    expect(keys(ctx('summary', false))).toEqual([]);
  });
});
