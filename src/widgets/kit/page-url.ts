/** The page's URL: its one writer (url-history.ts), through which every widget writes its state. */
import { createUrlWriter, type UrlWriter } from './url-history';
import { URL_FLUSH_EVENT, URL_WRITTEN_EVENT } from './url-flush';
import type { UrlState, UrlTable } from './url-state';

let pageWriter: UrlWriter | undefined;

/** The page's one writer (the query string is one per page, so its writer is too). */
function page(): UrlWriter {
  if (!pageWriter) {
    const writer = createUrlWriter({
      location: window.location,
      // Each write is announced, for a lecture's other windows to follow (src/lectures/sync.ts).
      history: {
        get state() {
          return window.history.state;
        },
        replaceState(data, unused, url) {
          window.history.replaceState(data, unused, url);
          window.dispatchEvent(new Event(URL_WRITTEN_EVENT));
        },
      },
      setTimeout: (run, ms) => window.setTimeout(run, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    });
    window.addEventListener('pagehide', () => writer.flush());
    window.addEventListener(URL_FLUSH_EVENT, () => writer.flush());
    pageWriter = writer;
  }
  return pageWriter;
}

/** Writes a widget's state into the page URL (debounced, replaceState). */
export function writeUrlState<T extends UrlTable>(namespace: string, table: T, state: UrlState<T>): void {
  page().write(namespace, table, state);
}

