/**
 * The keyboard-shortcut help overlay that `?` opens: a native modal <dialog>, so the browser gives it
 * a focus trap, Esc to close, an inert page behind it and focus returned to where it was on close.
 * Labelled by its heading; one list per scope (<dl>: key, then what it does); a Close button.
 * One dialog per document, rebuilt on each open so it lists what is registered now, in the reader's
 * language. Styling hooks: .nn-key-help, .nn-key-help-close.
 */
import type { Lang } from '../../i18n';
import type { HelpEntry } from './keys';
import { widgetString } from './strings';

const ID = 'nn-key-help';

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

function section(doc: Document, title: string, entries: readonly HelpEntry[]): HTMLElement[] {
  if (entries.length === 0) return [];
  const list = element(doc, 'dl');
  for (const entry of entries) {
    const row = element(doc, 'div');
    const term = element(doc, 'dt');
    entry.labels.forEach((label, i) => term.append(...(i > 0 ? [' / '] : []), element(doc, 'kbd', label)));
    row.append(term, element(doc, 'dd', entry.description));
    list.append(row);
  }
  return [element(doc, 'h3', title), list];
}

/** Opens (or refreshes, if open) the overlay listing `entries`; returns the dialog. */
export function openKeyHelp(entries: readonly HelpEntry[], lang: Lang, doc: Document = document): HTMLDialogElement {
  let dialog = doc.getElementById(ID) as HTMLDialogElement | null;
  if (!dialog) {
    dialog = element(doc, 'dialog');
    dialog.id = ID;
    dialog.className = 'nn-key-help';
    dialog.setAttribute('aria-labelledby', `${ID}-title`);
    doc.body.append(dialog);
  }
  dialog.lang = lang;

  const title = element(doc, 'h2', widgetString('keysTitle', lang));
  title.id = `${ID}-title`;
  const close = element(doc, 'form');
  close.method = 'dialog';
  const button = element(doc, 'button', widgetString('keysClose', lang));
  button.className = 'nn-key-help-close';
  button.autofocus = true;
  close.append(button);

  dialog.replaceChildren(
    title,
    ...section(doc, widgetString('keysPage', lang), entries.filter((e) => e.scope === 'page')),
    ...section(doc, widgetString('keysWidget', lang), entries.filter((e) => e.scope === 'widget')),
    close,
  );
  if (!dialog.open) dialog.showModal();
  return dialog;
}
