/**
 * The language switch keeps the reader's place: the section being read and every widget's state (the
 * query string) go to the twin page. See twin-place.ts for how a section is matched across languages.
 * A widget's figure counts as a place too (`#widget-backprop-stepper`): a reader working a widget lands
 * on it rather than on its section's heading, perhaps a screen above. Its id is the same in both
 * languages (the twins place the same widgets in the same order: tests/unit/content/chapters.test.ts).
 *
 * The switch sits in the page header, so a reader scrolls back up (or jumps: Home, Tab) to reach it,
 * and by then the section on screen is the top of the page. So the place is tracked while reading: when
 * scrolling settles with the header out of view, the section in view is the place. Settling with the
 * header in view (on the way to the switch) leaves it. Before any scrolling the URL's #hash is the place.
 * The link's href is rewritten whenever it may be followed or copied (hover, focus, click, context menu).
 */
import { sectionInView, twinHref } from './twin-place';
import { URL_FLUSH_EVENT } from '../widgets/kit/url-flush';

/** A pause this long ends a scroll: wheel notches and smooth-scroll frames come closer together. */
const SETTLE_MS = 400;

function hashId(): string | undefined {
  try {
    return decodeURIComponent(location.hash.slice(1)) || undefined;
  } catch {
    return undefined;
  }
}

export function keepPlaceAcrossLanguages(link: HTMLAnchorElement, header: HTMLElement): void {
  const base = link.pathname;
  const twinIds = JSON.parse(link.dataset.twinIds ?? '{}') as Record<string, string>;
  const headerInView = () => header.getBoundingClientRect().bottom > 0;
  const inView = () => {
    const places = document.querySelectorAll<HTMLElement>('article h2[id], article h3[id], article figure.widget[id]');
    return sectionInView([...places].map((h) => ({ id: h.id, top: h.getBoundingClientRect().top })), window.innerHeight);
  };

  let tracked: { place: string | undefined } | undefined;
  let timer: number | undefined;
  const settle = () => {
    if (!headerInView()) tracked = { place: inView() };
  };
  window.addEventListener(
    'scroll',
    () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(settle, SETTLE_MS);
    },
    { passive: true },
  );

  const place = () => (headerInView() ? (tracked ? tracked.place : hashId()) : inView());
  const update = () => {
    window.dispatchEvent(new Event(URL_FLUSH_EVENT));
    link.href = twinHref(base, location.search, place(), twinIds);
  };
  for (const type of ['pointerenter', 'focus', 'click', 'auxclick', 'contextmenu']) link.addEventListener(type, update);
}
