import { describe, expect, it } from 'vitest';
import { MIN_WINDOW_SIZE, WINDOW_BACKGROUND, createWindowOptions } from '../../../src-main/electron/window-options';

const options = createWindowOptions({ preloadPath: '/app/out/preload/preload.js', bounds: { x: 10, y: 20, width: 1000, height: 700 } });

describe('createWindowOptions', () => {
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['spellcheck', false],
    ['enableWebSQL', false],
    ['devTools', false],
  ] as const)('sets webPreferences.%s to %s', (key, value) => {
    expect(options.webPreferences?.[key]).toBe(value);
  });

  it('uses the given preload and nothing that loosens isolation', () => {
    expect(options.webPreferences?.preload).toBe('/app/out/preload/preload.js');
    const prefs = options.webPreferences as Record<string, unknown>;
    for (const loose of ['disableBlinkFeatures', 'enableBlinkFeatures', 'additionalArguments', 'partition', 'session', 'plugins']) {
      expect(prefs[loose]).toBeUndefined();
    }
  });

  it('stays hidden until ready-to-show, titled, sized and coloured', () => {
    expect(options).toMatchObject({
      show: false,
      title: 'Factdeck',
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      minWidth: MIN_WINDOW_SIZE.width,
      minHeight: MIN_WINDOW_SIZE.height,
      backgroundColor: WINDOW_BACKGROUND.light,
    });
    expect(MIN_WINDOW_SIZE.width).toBeGreaterThanOrEqual(600);
    expect(MIN_WINDOW_SIZE.height).toBeGreaterThanOrEqual(400);
  });

  it('centres a window that has no position and follows a dark system theme', () => {
    const centred = createWindowOptions({ preloadPath: 'p', bounds: { width: 900, height: 600 }, prefersDark: true });
    expect(centred.center).toBe(true);
    expect(centred.x).toBeUndefined();
    expect(centred.backgroundColor).toBe(WINDOW_BACKGROUND.dark);
  });

  it('allows devtools only when asked (development)', () => {
    expect(createWindowOptions({ preloadPath: 'p', bounds: { width: 1, height: 1 }, devTools: true }).webPreferences?.devTools).toBe(true);
  });
});
