/**
 * The browser side of the widget frame (components/WidgetFrame.astro): finding a widget's frame,
 * showing the URL-state notice in it, and wiring the frame's full-screen button.
 *
 * The frame's markup (rendered at build time):
 *   <figure class="widget" data-nn-frame="{id}">        id = the widget's URL namespace
 *     <figcaption>…</figcaption>
 *     <div class="widget-tools"><button data-nn-fullscreen hidden>…</button></div>
 *     <div class="widget-notice" data-nn-notice role="status"></div>
 *     <div class="widget-body"> <nn-…> </div>
 *     <p class="visually-hidden" data-nn-live aria-live="polite"></p>   (NnWidget.announce writes here)
 *   </figure>
 *
 * The notice region is always in the page (empty until needed), because a live region that appears
 * together with its text is often not announced.
 */
import type { Lang } from '../../i18n';
import { h } from './controls/dom';
import { setupFullscreen } from './fullscreen';
import { langOf } from './lang';
import { formatMessage, loadStrings, widgetString } from './strings';
import type { IgnoredParam } from './url-state';

export interface WidgetFrameParts {
  /** The widget's id, its URL namespace. */
  readonly id: string;
  readonly figure: HTMLElement;
  readonly notice: HTMLElement | null;
}

/** The frame around `element`, or null when it is used without one (a test page). */
export function frameOf(element: Element): WidgetFrameParts | null {
  const figure = element.closest<HTMLElement>('[data-nn-frame]');
  if (!figure) return null;
  return { id: figure.dataset.nnFrame ?? '', figure, notice: figure.querySelector<HTMLElement>(':scope > [data-nn-notice]') };
}

/**
 * Shows which URL settings were ignored (url-state parse's `ignored`), in the frame's notice region
 * (or, without a frame, just before the element), with a Dismiss button. Nothing when none were.
 */
export function showUrlNotice(element: Element, ignored: readonly IgnoredParam[], lang: Lang): void {
  if (ignored.length === 0) return;
  let region = frameOf(element)?.notice ?? null;
  if (!region) {
    region = h('div', { class: 'widget-notice', role: 'status' });
    element.before(region);
  }
  const dismiss = h('button', { type: 'button', class: 'widget-notice-dismiss' }, widgetString('noticeDismiss', lang));
  const box = h(
    'div',
    { class: 'widget-notice-box' },
    h('p', {}, widgetString('urlNoticeTitle', lang)),
    h('ul', {}, ...ignored.map((entry) => h('li', {}, formatMessage(entry.reason, lang)))),
    dismiss,
  );
  dismiss.addEventListener('click', () => {
    box.remove();
    // The focused button is gone; keep the focus in the widget rather than on <body>.
    const figure = frameOf(element)?.figure;
    if (figure) {
      if (!figure.hasAttribute('tabindex')) figure.tabIndex = -1;
      figure.focus();
    }
  });
  region.replaceChildren(box);
}

/** Wires every frame's full-screen button under `root` (once each; safe to call again). */
export function setupFrames(root: ParentNode = document): void {
  for (const figure of root.querySelectorAll<HTMLElement>('[data-nn-frame]')) {
    const button = figure.querySelector<HTMLButtonElement>(':scope > .widget-tools [data-nn-fullscreen]');
    if (!button || button.dataset.nnWired) continue;
    button.dataset.nnWired = '1';
    const lang = langOf(figure);
    void loadStrings(lang).then(() => setupFullscreen(button, figure, lang));
  }
}
