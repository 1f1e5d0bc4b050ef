/**
 * Plain text with the deck's δ_y: the "_y" to be written as a subscript (HTML <sub>, SVG <tspan>),
 * so sentences and diagram tags read δᵧ as the formulas print it, not "δ_y". Pure: the pieces only.
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
