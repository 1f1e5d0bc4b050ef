/**
 * The reader's place on a page and where it is on the page's twin in the other language.
 *
 * A chapter's `##` sections carry ids shared by both languages (src/markdown/remark-section-ids.mjs),
 * but its `###` sub-sections get ids slugged from their own heading text — "the-stability-limit" in
 * English, "안정성의-한계" in Korean. A sub-section is matched by its key instead: its `##` section and
 * its position under it (the twins follow the deck's order, so "gradient-descent, 2nd ###" is the same
 * place in both). When the twins disagree about how many sub-sections a section has, the position is
 * not trusted and the place falls back to the section itself.
 */

export interface HeadingLike {
  readonly depth: number;
  readonly slug: string;
}

/** The place keys of the `##` and `###` headings: 'gradient-descent' and 'gradient-descent/1' (0-based). */
function placeKeys(headings: readonly HeadingLike[]): { keys: Map<string, string>; subCount: Map<string, number> } {
  const keys = new Map<string, string>();
  const subCount = new Map<string, number>();
  let section = '';
  for (const h of headings) {
    if (h.depth === 2) {
      section = h.slug;
      keys.set(section, h.slug);
    } else if (h.depth === 3) {
      const n = subCount.get(section) ?? 0;
      subCount.set(section, n + 1);
      keys.set(`${section}/${n}`, h.slug);
    }
  }
  return { keys, subCount };
}

/**
 * For each heading id of this page whose twin's id differs, the twin's id: `{ 'the-stability-limit':
 * '안정성의-한계' }`. Ids shared by both (every `##`) are left out; an id with no twin counterpart maps to
 * its section's id when the twin has that section, and is left out otherwise.
 */
export function twinSectionIds(own: readonly HeadingLike[], twin: readonly HeadingLike[]): Record<string, string> {
  const mine = placeKeys(own);
  const theirs = placeKeys(twin);
  const ids: Record<string, string> = {};
  for (const [key, slug] of mine.keys) {
    const section = key.split('/')[0];
    const sameShape = mine.subCount.get(section) === theirs.subCount.get(section);
    const target = (sameShape ? theirs.keys.get(key) : undefined) ?? theirs.keys.get(section);
    if (target !== undefined && target !== slug) ids[slug] = target;
  }
  return ids;
}

export interface HeadingPosition {
  readonly id: string;
  /** The heading's top edge relative to the viewport, in CSS px. */
  readonly top: number;
}

/**
 * The place the reader is at: the last heading or widget (in document order) whose top is above the
 * upper third of the viewport — one just scrolled past, or one in the upper third, names what is on
 * screen. Undefined above the first.
 */
export function sectionInView(headings: readonly HeadingPosition[], viewportHeight: number): string | undefined {
  let current: string | undefined;
  for (const h of headings) {
    if (h.top < viewportHeight / 3) current = h.id;
    else break;
  }
  return current;
}

/**
 * The twin page's address for a place: `base` is the twin's path ('/ko/optimizers/'), `search` this
 * page's query string (the widgets' state lives there, namespaced per widget, and the twin has the same
 * widgets), `place` an id on this page or undefined for the top.
 */
export function twinHref(base: string, search: string, place: string | undefined, twinIds: Readonly<Record<string, string>>): string {
  const query = search.startsWith('?') ? search.slice(1) : search;
  const id = place ? (twinIds[place] ?? place) : '';
  return `${base}${query ? `?${query}` : ''}${id ? `#${encodeURIComponent(id)}` : ''}`;
}
