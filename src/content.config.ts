import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './chapter-schema';

/** Chapters live at the repo root: content/en/<slug>.mdx and content/ko/<slug>.mdx. */
const chapters = defineCollection({
  loader: glob({ base: './content', pattern: '{en,ko}/*.mdx' }),
  schema: chapterSchema(z),
});

/**
 * Lectures live beside their chapters: content/en/lectures/<slug>.mdx and content/ko/lectures/<slug>.mdx,
 * a sequence of <Slide> elements (components/lecture/Slide.astro) checked against the chapter at build
 * time (src/lectures/sources.ts).
 */
const lectures = defineCollection({
  loader: glob({ base: './content', pattern: '{en,ko}/lectures/*.mdx' }),
  schema: z.object({}),
});

export const collections = { chapters, lectures };
