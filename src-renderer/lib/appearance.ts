/**
 * The learner's appearance settings applied to the whole app: attributes on <html> that app.css
 * reads (data-theme, data-motion) and the text size as a CSS variable. Set through the DOM and
 * the CSSOM, which the CSP allows (it blocks only inline style attributes and elements).
 */
import type { AppearanceChoices } from '../../src-main/contract';

export interface RootAppearance {
  /** `null` leaves the attribute off: the system decides. */
  readonly theme: 'light' | 'dark' | null;
  readonly motion: 'reduce' | 'full' | null;
  /** The value of `--font-scale` (1 = 100 %). */
  readonly fontScale: string;
}

export function rootAppearance({ theme, reducedMotion, fontScale }: AppearanceChoices): RootAppearance {
  return {
    theme: theme === 'system' ? null : theme,
    motion: reducedMotion === 'on' ? 'reduce' : reducedMotion === 'off' ? 'full' : null,
    fontScale: String(Math.round(fontScale) / 100),
  };
}

export interface RootElement {
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  readonly style: { setProperty(name: string, value: string): void };
}

export function applyAppearance(root: RootElement, choices: AppearanceChoices): void {
  const { theme, motion, fontScale } = rootAppearance(choices);
  if (theme === null) root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  if (motion === null) root.removeAttribute('data-motion');
  else root.setAttribute('data-motion', motion);
  root.style.setProperty('--font-scale', fontScale);
}
