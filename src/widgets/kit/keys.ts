/**
 * The keyboard-shortcut registry, and the rules for which shortcut a key press reaches. Pure: the
 * focus is described by a FocusContext (key-listener.ts builds it from the document), so the rules
 * are unit-tested without a browser.
 *
 * The rules, in order:
 * 1. Presses with Ctrl, Meta (⌘) or Alt are never taken: they belong to the browser and the system.
 * 2. Nothing is taken while the focus is in a modal dialog (the help overlay itself), so its Tab and
 *    Esc work, or in a field that takes typing — input, textarea, select, contenteditable — for both
 *    scopes: a widget's 'r' must not eat the r typed into its own seed field, nor its arrow keys a slider.
 * 3. Space and Enter are left to a focused element that acts on them itself (a button, a link, a
 *    checkbox), so "Space on the Step button" steps rather than toggling play.
 * 4. A widget shortcut applies only while the focus is inside its owner; with nested owners the
 *    innermost wins. Widget shortcuts come before page shortcuts. (In full screen, key-listener.ts
 *    counts the focus as inside the widgets of the full-screen figure.)
 * 5. Among shortcuts for the same key and owner (or the page), the latest registration wins and
 *    unregistering it restores the previous one.
 * Letters match either case (Caps Lock and Shift do not change them); other keys match
 * KeyboardEvent.key exactly ('?', ' ', 'ArrowRight', 'PageDown').
 */
import type { Lang } from '../../i18n';
import { widgetString } from './strings';

export interface KeyInput {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
}

interface ShortcutBase {
  /** A KeyboardEvent.key value. */
  readonly key: string;
  readonly description: (lang: Lang) => string;
  readonly handler: (input: KeyInput) => void;
}
export interface PageShortcut extends ShortcutBase {
  readonly scope: 'page';
}
export interface WidgetShortcut extends ShortcutBase {
  readonly scope: 'widget';
  /** The widget (its element) that must contain the focus. */
  readonly owner: object;
}
export type Shortcut = PageShortcut | WidgetShortcut;

export interface FocusContext {
  /** The focused element and its ancestors, innermost first. */
  readonly focusPath: readonly object[];
  /** The focused element takes typing (input, textarea, select, contenteditable). */
  readonly editing: boolean;
  /** The focused element acts on Space and Enter itself (button, link, checkbox, summary, …). */
  readonly activates: boolean;
  /** The focus is inside an open modal dialog. */
  readonly modal: boolean;
}

export interface HelpEntry {
  readonly scope: 'page' | 'widget';
  /** The keys that do it, as printed on keycaps: ['Space', 'K']. */
  readonly labels: readonly string[];
  readonly description: string;
}

export interface KeyRegistry {
  /** Adds a shortcut; returns the function that removes it. */
  register(shortcut: Shortcut): () => void;
  /** The shortcut a key press reaches, or null if the press should be left alone. */
  resolve(input: KeyInput, context: FocusContext): Shortcut | null;
  /**
   * What the help overlay lists: the effective page shortcuts, then the widget ones. One line per
   * action (scope + description), with every key that does it, so twenty widgets' "Space: play"
   * appear once, and Space and K for the same action share a line.
   */
  list(lang: Lang): HelpEntry[];
}

/** One spelling per key: letters in lower case; the legacy 'Spacebar' as ' '. */
export function normalizeKey(key: string): string {
  if (key === 'Spacebar') return ' ';
  return key.length === 1 ? key.toLowerCase() : key;
}

const KEYCAPS: Readonly<Record<string, string>> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
};

/** The key as printed for a reader. */
export function keyLabel(key: string, lang: Lang): string {
  if (key === ' ' || key === 'Spacebar') return widgetString('keySpace', lang);
  return KEYCAPS[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}

export function createKeyRegistry(): KeyRegistry {
  /** In registration order; later entries win. */
  const entries: Shortcut[] = [];

  /** The latest registration that matches (ES2022 has no findLast). */
  function latest(match: (s: Shortcut) => boolean): Shortcut | null {
    for (let i = entries.length - 1; i >= 0; i--) if (match(entries[i])) return entries[i];
    return null;
  }

  return {
    register(shortcut) {
      entries.push(shortcut);
      return () => {
        const at = entries.indexOf(shortcut);
        if (at >= 0) entries.splice(at, 1);
      };
    },

    resolve(input, context) {
      if (input.ctrlKey || input.metaKey || input.altKey) return null;
      if (context.modal || context.editing) return null;
      const key = normalizeKey(input.key);
      if ((key === ' ' || key === 'Enter') && context.activates) return null;
      for (const node of context.focusPath) {
        const found = latest((s) => s.scope === 'widget' && s.owner === node && normalizeKey(s.key) === key);
        if (found) return found;
      }
      return latest((s) => s.scope === 'page' && normalizeKey(s.key) === key);
    },

    list(lang) {
      const lines = new Map<string, { scope: 'page' | 'widget'; labels: string[]; description: string }>();
      const pageKeys = new Set(entries.filter((s) => s.scope === 'page').map((s) => normalizeKey(s.key)));
      const effective = [
        ...[...pageKeys].map((key) => latest((s) => s.scope === 'page' && normalizeKey(s.key) === key) as Shortcut),
        ...entries.filter((s) => s.scope === 'widget'),
      ];
      for (const s of effective) {
        const description = s.description(lang);
        const id = `${s.scope}\u0000${description}`;
        const line = lines.get(id) ?? { scope: s.scope, labels: [], description };
        const label = keyLabel(s.key, lang);
        if (!line.labels.includes(label)) line.labels.push(label);
        lines.set(id, line);
      }
      return [...lines.values()];
    },
  };
}
