/// <reference types="svelte" />
/// <reference types="vite/client" />
import type { FactdeckApi } from '../src-main/contract';

declare global {
  interface Window {
    /** Exposed by the preload (or, in the e2e tests, by Playwright). Read only in `lib/api.ts`. */
    readonly api?: FactdeckApi;
  }
}

export {};
