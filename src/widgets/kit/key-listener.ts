/**
 * The page's keyboard: one registry and one keydown listener per document, shared by the page
 * (presentation keys) and every widget. keys.ts decides which shortcut a press reaches; this file
 * only describes the focus to it and delivers the press. `?` opens the help overlay (key-help.ts).
 */
import { langOf } from './lang';
import { openKeyHelp } from './key-help';
import { createKeyRegistry, type FocusContext, type KeyRegistry } from './keys';
import { loadStrings, widgetString } from './strings';

/** Input types that do not take typing: they act on Space/Enter like buttons. */
const ACTIVATING_INPUTS = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'image', 'file', 'color']);

/** The deepest focused element, looking into open shadow roots. */
function focusedElement(doc: Document): Element | null {
  let element = doc.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

/** What keys.ts needs to know about the focus. */
export function focusContext(doc: Document = document): FocusContext {
  const focused = focusedElement(doc);
  const focusPath: Element[] = [];
  for (let node: Element | null = focused; node; ) {
    focusPath.push(node);
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  // In full screen one figure is the whole screen: while its Leave button (or nothing) has the focus,
  // a key goes to the widget it shows as if that had the focus — "Next (or →)" works at once.
  const screen = doc.fullscreenElement;
  if (screen && (focused === null || focused === doc.body || focusPath.includes(screen))) {
    focusPath.push(...[...screen.querySelectorAll('*')].filter((element) => element.localName.startsWith('nn-')));
  }
  const tag = focused?.localName ?? '';
  const inputType = tag === 'input' ? (focused as HTMLInputElement).type : '';
  const editing =
    tag === 'textarea' ||
    tag === 'select' ||
    (tag === 'input' && !ACTIVATING_INPUTS.has(inputType)) ||
    (focused instanceof HTMLElement && focused.isContentEditable);
  const activates =
    tag === 'button' ||
    tag === 'summary' ||
    (tag === 'a' && focused?.hasAttribute('href') === true) ||
    (tag === 'input' && ACTIVATING_INPUTS.has(inputType)) ||
    /^(button|link|checkbox|radio|switch|menuitem|tab|option)$/.test(focused?.getAttribute('role') ?? '');
  const modal = focusPath.some((node) => node instanceof HTMLDialogElement && node.matches(':modal'));
  return { focusPath, editing, activates, modal };
}

let registry: KeyRegistry | undefined;

/**
 * The page's registry, created with its listener on first use. Module state on purpose: the
 * keyboard is one per page, and two listeners would deliver a press twice.
 */
export function pageKeys(): KeyRegistry {
  if (registry) return registry;
  const keys = createKeyRegistry();
  keys.register({
    key: '?',
    scope: 'page',
    description: (lang) => widgetString('keysShowHelp', lang),
    handler: () => {
      const lang = langOf(focusedElement(document) ?? document.documentElement);
      // Pressed before anything loaded the words (at once after the page appeared): load them first.
      void loadStrings(lang).then(() => openKeyHelp(keys.list(lang), lang));
    },
  });
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing) return;
    const shortcut = keys.resolve(event, focusContext());
    if (!shortcut) return;
    event.preventDefault();
    shortcut.handler(event);
  });
  registry = keys;
  return keys;
}
