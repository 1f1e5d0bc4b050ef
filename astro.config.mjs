// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { remarkSectionIds } from './src/markdown/remark-section-ids.mjs';
import { rehypeSectionSlides } from './src/markdown/rehype-section-slides.mjs';

export default defineConfig({
  site: 'https://learning-techniques.example',
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: {
    // Code blocks in the chapters are pseudocode: plain, themed by our own CSS (no colour theme to fail contrast).
    syntaxHighlight: false,
    // MDX inherits these: formulas are typeset once, at build time.
    remarkPlugins: [remarkMath, remarkSectionIds],
    rehypePlugins: [[rehypeKatex, { throwOnError: false, strict: 'ignore' }], rehypeSectionSlides],
  },
  vite: {
    // Never inline scripts or fonts as data: every asset is a same-origin file, so the
    // Content-Security-Policy can say `script-src 'self'` and nothing else.
    build: { assetsInlineLimit: 0 },
  },
});
