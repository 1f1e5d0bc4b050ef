import type { ChapterSlug } from '../chapters';
import type { Lang } from '../i18n';

/**
 * Every demonstration of the course, in chapter order. Each is placed in its chapter (both languages)
 * and also has a page of its own at /demos/<id>/ (and /ko/demos/<id>/), filling the screen, so a
 * lecturer can open one demo directly. The Astro component for each id is in components/demos.ts.
 */
export interface Demo {
  /** URL segment and the widget's URL-state namespace. */
  id: string;
  chapter: ChapterSlug;
  /** The section of the chapter it belongs to (a shared section id). */
  section: string;
  title: Record<Lang, string>;
  summary: Record<Lang, string>;
}

export const DEMOS: readonly Demo[] = [];
