/**
 * The path the course is served under: '/' at a domain's root, '/learning-techniques/' on a project
 * page (astro.config.mjs `base`, from BASE_PATH). Always ends in '/'. Vite sets BASE_URL in the built
 * pages and in the browser's modules alike, so one helper serves both; outside Vite (the browser
 * tests import the site's modules in plain Node) there is no import.meta.env, and the base is '/'.
 */
export const BASE: string = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** A path inside the course ('perceptron/', '/favicon.svg') as its address under BASE. */
export function withBase(path: string): string {
  return `${BASE}${path.replace(/^\//, '')}`;
}
