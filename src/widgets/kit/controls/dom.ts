/**
 * The few DOM helpers the controls share: build an element in one expression, and give labels,
 * messages and inputs ids that are unique on the page (two copies of a widget must not share a
 * `for`/`aria-describedby` target).
 */

export type Child = Node | string | null | undefined | false;

/** Attributes to set; `false`, null and undefined skip the attribute, `true` sets it empty. */
export type Attributes = Readonly<Record<string, string | number | boolean | null | undefined>>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

let counter = 0;

/** A page-unique id with a readable prefix: 'nn-seed-3'. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `nn-${prefix}-${counter}`;
}

/** Sets text only when it differs, so a render at 60 fps does not touch unchanged nodes. */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/**
 * The widget's error boundary (NnWidget.guard): wraps a callback so that an exception shows the
 * widget's error box instead of escaping to the window. Every control takes one and wraps every
 * listener it attaches, so no control callback can run outside it.
 */
export type Guard = <A extends unknown[], R>(fn: (...args: A) => R) => (...args: A) => R | undefined;
