/**
 * When a widget is about to be seen: the moment to fetch its code (lazy-define.ts).
 *
 * `whenWanted(elements, callback)` calls `callback` once, as soon as one of `elements`
 * - comes within one viewport height of the viewport (IntersectionObserver, NEAR_MARGIN): at an
 *   ordinary scrolling pace its code has arrived and it has started (NnWidget starts at 200 px)
 *   by the time it is scrolled to;
 * - is, or is inside, what the URL's #fragment points at (a link to `#widget-<id>`);
 * - is inside the element shown full screen (a frame's Full screen button; a lecture's F makes the
 *   whole page full screen);
 * - or at once where IntersectionObserver is missing.
 */

/** IntersectionObserver's rootMargin: a percentage is of the viewport's height (top, bottom) and width. */
export const NEAR_MARGIN = '100%';

/** Calls `callback` once, when one of `elements` is wanted (see above). Nothing when `elements` is empty. */
export function whenWanted(elements: readonly Element[], callback: () => void): void {
  if (elements.length === 0) return;
  const doc = elements[0].ownerDocument;
  const holds = (container: Element | null) => container !== null && elements.some((element) => container.contains(element));
  const wantedNow = () =>
    typeof IntersectionObserver !== 'function' ||
    holds(doc.fullscreenElement) ||
    holds(doc.querySelector(':target'));
  if (wantedNow()) {
    callback();
    return;
  }

  const stops: Array<() => void> = [];
  const fire = () => {
    for (const stop of stops.splice(0)) stop();
    callback();
  };
  const check = () => {
    if (wantedNow()) fire();
  };
  const near = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) fire();
  }, { rootMargin: NEAR_MARGIN });
  for (const element of elements) near.observe(element);
  const win = doc.defaultView ?? window;
  doc.addEventListener('fullscreenchange', check);
  win.addEventListener('hashchange', check);
  stops.push(
    () => near.disconnect(),
    () => doc.removeEventListener('fullscreenchange', check),
    () => win.removeEventListener('hashchange', check),
  );
}
