import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../../src-renderer/screens/study/study-keys';
import { opensShortcutOverlay, SHORTCUT_GROUPS, trappedFocusIndex } from '../../../src-renderer/lib/shortcuts';
import { applyAppearance, rootAppearance } from '../../../src-renderer/lib/appearance';

const press = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; isComposing: boolean }> = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

describe('the shortcut list', () => {
  it('covers every screen once, in order', () => {
    expect(SHORTCUT_GROUPS.map((group) => group.id)).toEqual(['global', 'library', 'reader', 'study', 'quiz']);
  });

  it('lists every key the Study screen acts on', () => {
    const study = SHORTCUT_GROUPS.find((group) => group.id === 'study');
    const listed = new Set(study?.shortcuts.flatMap((shortcut) => shortcut.keys.map((key) => key.toLowerCase())));
    const acting = ['u', 's', 'o', 'r', ' ', 'Enter', '1', '2', '3', '4'].filter((key) =>
      ['question', 'revealed', 'feedback'].some((phase) => commandForKey(key, { phase: phase as 'question', canUndo: true, canOverrule: true }) !== null),
    );
    for (const key of acting) {
      const name = key === ' ' ? 'space' : /^[1-4]$/.test(key) ? '1–4' : key.toLowerCase();
      expect(listed.has(name), `key ${JSON.stringify(key)}`).toBe(true);
    }
    expect(study?.shortcuts.find((shortcut) => shortcut.keys.includes('E'))?.coming).toBe(true);
  });
});

describe('opensShortcutOverlay', () => {
  it('opens on a plain ?', () => {
    expect(opensShortcutOverlay(press('?'), { typing: false, dialogOpen: false })).toBe(true);
  });

  it.each([
    ['while typing', press('?'), { typing: true, dialogOpen: false }],
    ['over another dialog', press('?'), { typing: false, dialogOpen: true }],
    ['with Ctrl', press('?', { ctrlKey: true }), { typing: false, dialogOpen: false }],
    ['with Alt', press('?', { altKey: true }), { typing: false, dialogOpen: false }],
    ['while composing', press('?', { isComposing: true }), { typing: false, dialogOpen: false }],
    ['on another key', press('/'), { typing: false, dialogOpen: false }],
  ])('stays shut %s', (_why, event, context) => {
    expect(opensShortcutOverlay(event, context)).toBe(false);
  });
});

describe('trappedFocusIndex', () => {
  it('wraps at both ends and lets the browser move in between', () => {
    expect(trappedFocusIndex(2, 3, false)).toBe(0);
    expect(trappedFocusIndex(0, 3, true)).toBe(2);
    expect(trappedFocusIndex(0, 3, false)).toBeNull();
    expect(trappedFocusIndex(1, 3, true)).toBeNull();
    expect(trappedFocusIndex(-1, 3, false)).toBe(0);
    expect(trappedFocusIndex(-1, 3, true)).toBe(2);
    expect(trappedFocusIndex(0, 1, false)).toBe(0);
    expect(trappedFocusIndex(-1, 0, false)).toBeNull();
  });
});

describe('appearance on <html>', () => {
  it('leaves the system in charge by default and overrides it when chosen', () => {
    expect(rootAppearance({ theme: 'system', fontScale: 100, reducedMotion: 'system' })).toEqual({ theme: null, motion: null, fontScale: '1' });
    expect(rootAppearance({ theme: 'dark', fontScale: 120, reducedMotion: 'on' })).toEqual({ theme: 'dark', motion: 'reduce', fontScale: '1.2' });
    expect(rootAppearance({ theme: 'light', fontScale: 90, reducedMotion: 'off' })).toEqual({ theme: 'light', motion: 'full', fontScale: '0.9' });
  });

  it('sets and removes the attributes and the variable', () => {
    const attributes = new Map<string, string>();
    const properties = new Map<string, string>();
    const root = {
      setAttribute: (name: string, value: string) => void attributes.set(name, value),
      removeAttribute: (name: string) => void attributes.delete(name),
      style: { setProperty: (name: string, value: string) => void properties.set(name, value) },
    };
    applyAppearance(root, { theme: 'dark', fontScale: 130, reducedMotion: 'on' });
    expect(Object.fromEntries(attributes)).toEqual({ 'data-theme': 'dark', 'data-motion': 'reduce' });
    expect(properties.get('--font-scale')).toBe('1.3');
    applyAppearance(root, { theme: 'system', fontScale: 100, reducedMotion: 'system' });
    expect(Object.fromEntries(attributes)).toEqual({});
    expect(properties.get('--font-scale')).toBe('1');
  });
});
