/**
 * Which part of a page a search result links to. Pagefind splits a page at each heading that has an id
 * and reports, per part, where the query matched and how well (`weighted_locations`); the part with the
 * highest total score is the one to open, and its excerpt the snippet to show.
 */

export interface PagefindSubResult {
  /** The heading's text; the page's title for the part above the first heading. */
  title: string;
  /** The page's URL, with `#id` of the heading. */
  url: string;
  excerpt: string;
  anchor?: { id: string; element: string };
  weighted_locations?: { balanced_score: number }[];
}

export interface SearchHit {
  /** Where the link goes: the best-matching section, else the page. */
  url: string;
  /** "Optimizers › The stability limit", or the page's title alone when the match is above any heading. */
  title: string;
  excerpt: string;
}

function score(part: PagefindSubResult): number {
  return (part.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
}

/** The page's hit: its best-scoring section (the earlier one on a tie), or the page when none matched. */
export function bestHit(page: { url: string; excerpt: string; meta: { title?: string }; sub_results?: PagefindSubResult[] }): SearchHit {
  const pageTitle = page.meta.title ?? page.url;
  let best: PagefindSubResult | undefined;
  for (const part of page.sub_results ?? []) if (score(part) > 0 && (!best || score(part) > score(best))) best = part;
  if (!best) return { url: page.url, title: pageTitle, excerpt: page.excerpt };
  const title = best.anchor && best.title !== pageTitle ? `${pageTitle} › ${best.title}` : pageTitle;
  return { url: best.url, title, excerpt: best.excerpt };
}
