/**
 * The Content-Security-Policy of every built page, delivered as a <meta> tag (the site is static).
 * Scripts come from this origin only; 'wasm-unsafe-eval' lets Pagefind compile its own same-origin
 * WebAssembly for search. Inline style *attributes* stay allowed because KaTeX's build-time HTML
 * positions glyphs with them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
