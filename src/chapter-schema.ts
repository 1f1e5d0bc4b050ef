import type { z as zod } from 'astro:content';
import { CHAPTER_SLUGS } from './chapters';

/**
 * Front matter of a chapter. Written as a function of `z` so the unit tests can validate the
 * MDX files with plain zod, outside Astro, against the very same schema.
 */
export function chapterSchema(z: typeof zod) {
  return z.object({
    /** Position in the deck's table of contents, 1–7. */
    order: z.number().int().min(1).max(CHAPTER_SLUGS.length),
    title: z.string().min(1),
    /** One line for the home page's chapter map. */
    summary: z.string().min(1),
    /** What a reader will be able to do after the chapter. */
    outcomes: z.array(z.string().min(1)).min(1),
  });
}
