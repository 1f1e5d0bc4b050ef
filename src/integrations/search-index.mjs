/**
 * An Astro integration that builds the site's search index (Pagefind, one index per <html lang>) from
 * the built pages, when the build is done. It is listed before the offline integration in
 * astro.config.mjs: Astro runs the integrations' build-done hooks in order, so the service worker's
 * precache list is made after the index exists and search works offline too.
 *
 * Each page goes to Pagefind through mathAsText (src/markdown/search-html.mjs), so a snippet shows a
 * formula as text ("For large positive x, e⁻ˣ is tiny") rather than dropping it or showing KaTeX's
 * spans. Buttons and the chapter's actions are not content ("Lecture slides P", "Full screen"), so they
 * are left out.
 * Headings with ids split a page into sections: a result links to the section that matched.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';
import { builtPagesIn } from '../../scripts/built-pages.mjs';
import { mathAsText } from '../markdown/search-html.mjs';

const EXCLUDE_SELECTORS = ['.katex-html', 'button', '.chapter-actions'];

/**
 * Writes the index of the built site in `site` (a folder) to `site`/pagefind/. Pages are indexed at
 * their paths from the site's root: in the browser, Pagefind puts the base path its own script is
 * served under (/learning-techniques/pagefind/ → /learning-techniques/) in front of every result.
 */
async function writeSearchIndex(site) {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const url of builtPagesIn(site)) {
    const file = url.endsWith('/') ? `${url}index.html` : url;
    const content = mathAsText(await readFile(join(site, file), 'utf8'));
    const added = await index.addHTMLFile({ url, content });
    if (added.errors.length) throw new Error(`pagefind ${url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
}

/** @returns {import('astro').AstroIntegration} */
export function searchIndex() {
  return {
    name: 'learning-techniques:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeSearchIndex(fileURLToPath(dir));
        logger.info('search index written');
      },
    },
  };
}
