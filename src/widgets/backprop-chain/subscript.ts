/**
 * Plain text with the deck's δ_y: the "_y" written as a subscript (HTML <sub>, SVG <tspan>), so
 * sentences and diagram tags read δᵧ as the formulas print it, not "δ_y".
 */
const PATTERN = /δ_y/g;

/** Text pieces: strings as they are, and { sub } for each subscript. */
export function subscriptPieces(text: string): (string | { sub: string })[] {
  const pieces: (string | { sub: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(PATTERN)) {
    const at = match.index ?? 0;
    pieces.push(text.slice(last, at) + 'δ', { sub: 'y' });
    last = at + match[0].length;
  }
  pieces.push(text.slice(last));
  return pieces.filter((p) => p !== '');
}

/** Writes `text` into an HTML element, δ_y as δ<sub>y</sub> (only when the text changed). */
export function setSubscriptText(element: HTMLElement, text: string): void {
  if (element.dataset.text === text) return;
  element.dataset.text = text;
  element.replaceChildren(
    ...subscriptPieces(text).map((p) => {
      if (typeof p === 'string') return p;
      const sub = element.ownerDocument.createElement('sub');
      sub.textContent = p.sub;
      return sub;
    }),
  );
}
