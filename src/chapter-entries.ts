import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from './i18n';

export type ChapterEntry = CollectionEntry<'chapters'>;

/** 'en/perceptron' → 'perceptron' */
export function slugOf(entry: ChapterEntry): string {
  return entry.id.slice(entry.id.indexOf('/') + 1);
}

/** The chapters of one language, in the deck's order. */
export async function chaptersOf(lang: Lang): Promise<ChapterEntry[]> {
  const all = await getCollection('chapters', (entry) => entry.id.startsWith(`${lang}/`));
  return all.sort((a, b) => a.data.order - b.data.order);
}
