/**
 * The browser side of search: Pagefind's index is built next to the site (`npm run build`) with one
 * index per <html lang>, so a Korean page searches the Korean pages. Loaded on demand, same origin.
 * Each result links to the section of its page that matched best (search-sections.ts).
 */
import { fill } from '../i18n/fill';
import { withBase } from '../site-base';
import { bestHit, type PagefindSubResult } from './search-sections';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string }; sub_results?: PagefindSubResult[] }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  const url = withBase('pagefind/pagefind.js');
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return pagefind;
}

export async function runSearch(query: string, view: { status: HTMLElement; list: HTMLOListElement }): Promise<void> {
  const { status, list } = view;
  list.replaceChildren();
  const q = query.trim();
  if (!q) {
    status.textContent = '';
    return;
  }
  let engine: Pagefind;
  try {
    engine = await loadPagefind();
  } catch {
    status.textContent = status.dataset.unavailable ?? '';
    return;
  }
  const { results } = await engine.search(q);
  const pages = await Promise.all(results.slice(0, 20).map((r) => r.data()));
  status.textContent = fill(pages.length ? status.dataset.count ?? '' : status.dataset.noResults ?? '', { q, n: pages.length });
  for (const hit of pages.map(bestHit)) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = hit.url;
    link.textContent = hit.title;
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    // Pagefind escapes the page text and adds only <mark> around the matches.
    excerpt.innerHTML = hit.excerpt;
    item.append(link, excerpt);
    list.append(item);
  }
}
