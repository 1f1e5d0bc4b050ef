/**
 * The event that asks the page's URL writer (page-url.ts) to write its pending widget state now, for a
 * script about to read the query string — the language switch, carrying the widgets' state to the
 * twin page. Its own file, so the reader need not load the writer.
 */
export const URL_FLUSH_EVENT = 'nn-url-flush';

/** The event the page's URL writer sends after it has written widget state into the query string. */
export const URL_WRITTEN_EVENT = 'nn-url-written';
