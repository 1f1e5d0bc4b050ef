// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { remarkSectionIds } from './src/markdown/remark-section-ids.mjs';
import { rehypeSectionSlides } from './src/markdown/rehype-section-slides.mjs';
import { searchIndex } from './src/integrations/search-index.mjs';
import { offline } from './src/integrations/offline.mjs';
import { rehypeBaseLinks } from './src/markdown/rehype-base-links.mjs';

// The path the course is served under: '/' by default, BASE_PATH=/learning-techniques/ for a project
// page (every link, asset, the search index, the service worker and URL state follow it).
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

export default defineConfig({
  // The address the course is published at (absolute hreflang links need it); set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base,
  trailingSlash: 'always',
  // Astro's build cache (content data store) inside the project, not node_modules, so several
  // checkouts sharing one node_modules (git worktrees) never share a cache.
  cacheDir: './.astro-cache',
  // In this order: the search index is written before the service worker lists the files to precache.
  integrations: [mdx(), searchIndex(), offline()],
  // Inline the (small, gzip ~10 KB) CSS into each page: no render-blocking stylesheet requests.
  build: { inlineStylesheets: 'always' },
  markdown: {
    // Code blocks in the chapters are pseudocode: plain, themed by our own CSS (no colour theme to fail contrast).
    syntaxHighlight: false,
    // MDX inherits these: formulas are typeset once, at build time.
    remarkPlugins: [remarkMath, remarkSectionIds],
    rehypePlugins: [[rehypeKatex, { throwOnError: false, strict: 'ignore' }], rehypeSectionSlides, [rehypeBaseLinks, { base }]],
  },
  vite: {
    // Never inline scripts or fonts as data: every asset is a same-origin file, so the
    // Content-Security-Policy can say `script-src 'self'` and nothing else.
    build: {
      assetsInlineLimit: 0,
      // The training core's modules do nothing when imported (tests/unit/core/purity.test.ts keeps
      // them free of the DOM and globals), so a widget that imports one function through the core's
      // index does not make the bundler keep, and share into its page's chunks, every module the
      // index re-exports (the stepper's worksheet and LaTeX code ended up on the perceptron page).
      rollupOptions: { treeshake: { moduleSideEffects: (id) => !id.includes('/src/core/') } },
    },
  },
});
