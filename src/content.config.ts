import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './chapter-schema';

/** Chapters live at the repo root: content/en/<slug>.mdx and content/ko/<slug>.mdx. */
const chapters = defineCollection({
  loader: glob({ base: './content', pattern: '{en,ko}/*.mdx' }),
  schema: chapterSchema(z),
});

export const collections = { chapters };
