/**
 * The one place the main window's options are built. Pure, so a unit test pins every security
 * flag (a scanner cannot see options built in another module).
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export const MIN_WINDOW_SIZE = Object.freeze({ width: 720, height: 480 });
export const DEFAULT_WINDOW_SIZE = Object.freeze({ width: 1200, height: 800 });
/** The renderer's body background (measured on the built page) in each colour scheme, so no flash before the first paint. */
export const WINDOW_BACKGROUND = Object.freeze({ light: '#f6f3ec', dark: '#16181b' });

export interface WindowBounds {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowOptionsInput {
  readonly preloadPath: string;
  readonly bounds: WindowBounds;
  /** Only in development: lets the menu open the devtools. */
  readonly devTools?: boolean;
  /** `nativeTheme.shouldUseDarkColors`: the page follows the system colour scheme. */
  readonly prefersDark?: boolean;
}

export function createWindowOptions({ preloadPath, bounds, devTools = false, prefersDark = false }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : { center: true }),
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false, // shown on 'ready-to-show'
    backgroundColor: prefersDark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    title: 'Factdeck',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      enableWebSQL: false,
      safeDialogs: true,
      devTools,
    },
  };
}
