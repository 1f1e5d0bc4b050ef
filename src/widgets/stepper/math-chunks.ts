/**
 * A long formula cut where a line may break. Browsers do not break MathML lines, so the formula
 * panel sets each piece as its own <math> in a wrapping row: on a narrow screen the rest of
 *   δ⁽¹⁾₁ = (δ⁽²⁾₁w⁽²⁾₁₁ + δ⁽²⁾₂w⁽²⁾₂₁) · h⁽¹⁾₁(1 − h⁽¹⁾₁)
 * goes to the next line instead of off the edge — the slope factor h(1 − h) is the one students forget.
 *
 * A break goes before a binary =, +, − or \cdot that stands outside every bracket (the trace writes
 * them with a space on each side; a sign, as in -0.2, has none after it), so every piece keeps its
 * brackets, braces and \htmlData marks whole.
 */
const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);
const BREAK_BEFORE = /^ (=|\+|-|\\cdot) /;

export function mathChunks(tex: string): string[] {
  const chunks: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < tex.length; i++) {
    const c = tex[i];
    if (c === '\\' && (OPEN.has(tex[i + 1]) || CLOSE.has(tex[i + 1]))) {
      i++; // \{ and \} are characters, not groups
      continue;
    }
    if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c)) depth--;
    else if (c === ' ' && depth === 0 && i > start && BREAK_BEFORE.test(tex.slice(i))) {
      chunks.push(tex.slice(start, i));
      start = i + 1;
    }
  }
  chunks.push(tex.slice(start));
  return chunks;
}
