/**
 * The Content-Security-Policy every page and asset of the app is served with, by the `app://`
 * protocol handler in production and by the e2e server in Chromium tests.
 *
 * Styles: `style-src 'self'` (no 'unsafe-inline') is enough for Svelte 5 as built here.
 * - Component `<style>` blocks are emitted by vite-plugin-svelte as CSS files linked from
 *   index.html, so no `<style>` element is injected at run time.
 * - Dynamic styles (`style={…}`, `style:prop={…}`) are applied by Svelte's runtime through the
 *   CSSOM (`element.style.cssText`, `style.setProperty`), which CSP does not police.
 * - What IS blocked: inline `<style>` elements and literal `style="…"` attributes in markup (and
 *   `setAttribute('style', …)`). Do not write static `style="…"` attributes in components (Svelte
 *   may put them in the template HTML it clones); use a class or a `style:prop` directive.
 * In dev the page comes from Vite's server (which injects `<style>` for HMR), not from this policy.
 */

export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  'frame-src': ["'none'"],
});

export const CONTENT_SECURITY_POLICY: string = Object.entries(CSP_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');

/** Headers every response of the app protocol carries (and the e2e server should too). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
});

/**
 * The same policy for a `<meta>` tag, which the build adds to index.html as a second line of
 * defence. `frame-ancestors` is ignored in a meta tag (it only works as a header), so it is left out.
 * The dev server gets no meta tag: Vite injects `<style>` elements for hot reloading.
 */
export const META_CONTENT_SECURITY_POLICY: string = Object.entries(CSP_DIRECTIVES)
  .filter(([directive]) => directive !== 'frame-ancestors')
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');
