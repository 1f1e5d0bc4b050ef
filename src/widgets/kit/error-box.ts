/**
 * The error box a widget shows in its own frame when it stops (NnWidget.fail) or when its code could
 * not be fetched (lazy-define.ts): role="alert", a title, the message and a button that tries again.
 * The host's other children are hidden while it shows, not removed, so trying again finds them.
 */
import type { Lang } from '../../i18n';
import { stringsLoaded, widgetString, type WidgetStringKey } from './strings';

/** The box's text when the dictionary is not loaded (its load may be what failed), in both languages. */
const ERROR_FALLBACK = {
  errorTitle: 'This demo stopped working. · 이 데모가 멈췄습니다.',
  errorUnknown: 'An unexpected error occurred. · 예상하지 못한 오류가 발생했습니다.',
  errorReload: 'Reload this demo · 이 데모 다시 불러오기',
} as const satisfies Partial<Record<WidgetStringKey, string>>;

/**
 * Puts the error box first in `host` and hides the host's other element children (except `keep`,
 * e.g. an aria-live region). The button removes the box, keeps the focus in `host` (the focused
 * button is about to go; the focus must not drop to <body>) and calls `retry`.
 * Returns the box's removal (safe to call more than once), which also unhides what it hid.
 */
export function showErrorBox(host: HTMLElement, error: unknown, lang: Lang, retry: () => void, keep?: Element | null): () => void {
  const text = (key: keyof typeof ERROR_FALLBACK) => (stringsLoaded(lang) ? widgetString(key, lang) : ERROR_FALLBACK[key]);
  const box = document.createElement('div');
  box.className = 'nn-widget-error';
  box.setAttribute('role', 'alert');
  const title = document.createElement('p');
  title.className = 'nn-widget-error-title';
  title.textContent = text('errorTitle');
  const message = document.createElement('p');
  message.className = 'nn-widget-error-message';
  message.textContent = error instanceof Error && error.message ? error.message : text('errorUnknown');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = text('errorReload');
  box.append(title, message, button);

  const hidden = [...host.children].filter(
    (child): child is HTMLElement => child instanceof HTMLElement && !child.hidden && child !== keep,
  );
  for (const child of hidden) child.hidden = true;
  host.prepend(box);

  const remove = () => {
    box.remove();
    for (const child of hidden.splice(0)) child.hidden = false;
  };
  button.addEventListener('click', () => {
    if (!host.hasAttribute('tabindex')) host.tabIndex = -1;
    host.focus();
    remove();
    retry();
  });
  return remove;
}
