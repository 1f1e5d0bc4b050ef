/** The page's URL: reading a widget's state from it, and the page's one writer (url-history.ts) into it. */
import { createUrlWriter, type UrlWriter } from './url-history';
import { parse, type ParsedUrlState, type UrlState, type UrlTable } from './url-state';

let pageWriter: UrlWriter | undefined;

/** The page's one writer (the query string is one per page, so its writer is too). */
function page(): UrlWriter {
  if (!pageWriter) {
    const writer = createUrlWriter({
      location: window.location,
      history: window.history,
      setTimeout: (run, ms) => window.setTimeout(run, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    });
    window.addEventListener('pagehide', () => writer.flush());
    pageWriter = writer;
  }
  return pageWriter;
}

/** Writes a widget's state into the page URL (debounced, replaceState). */
export function writeUrlState<T extends UrlTable>(namespace: string, table: T, state: UrlState<T>): void {
  page().write(namespace, table, state);
}

/** Reads a widget's state from the page URL: the state to start from, and what was ignored. */
export function readUrlState<T extends UrlTable>(namespace: string, table: T): ParsedUrlState<UrlState<T>> {
  return parse(new URLSearchParams(window.location.search), namespace, table);
}
