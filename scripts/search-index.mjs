/**
 * Builds the site's search index (Pagefind, one index per <html lang>) from the built pages in dist/:
 * `node scripts/search-index.mjs [site]`, run by `npm run build` after `astro build`.
 *
 * Each page goes to Pagefind through mathAsText (src/markdown/search-html.mjs), so a snippet shows a
 * formula as text ("For large positive x, e⁻ˣ is tiny") rather than dropping it or showing KaTeX's
 * spans. Buttons are not content ("Presentation mode P", "Full screen"), so they are left out.
 * Headings with ids split a page into sections: a result links to the section that matched.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { builtPagesIn } from './built-pages.mjs';
import { mathAsText } from '../src/markdown/search-html.mjs';

const site = process.argv[2] ?? 'dist';
const EXCLUDE_SELECTORS = ['.katex-html', 'button'];

async function main() {
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

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
