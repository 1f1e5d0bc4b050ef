/**
 * A long δ formula cut where a line may break. Browsers do not break MathML lines, so the widget sets
 * each piece as its own <math> in a wrapping row. The trace writes a hidden unit's sum as
 * \left( … \right): it is written with plain brackets here, so the sum itself may break before a +
 *   δ⁽¹⁾₁ = (δ⁽²⁾₁w⁽²⁾₁₁ + δ⁽²⁾₂w⁽²⁾₂₁ + …) · h⁽¹⁾₁(1 − h⁽¹⁾₁)
 * (a 3–4–4–2 network's first layer reads four δ's). Breaks go before a binary =, + (at any bracket
 * depth), − or \cdot (outside brackets only, so (1 − h) stays whole); never inside braces { }.
 */
const BREAK_ANYWHERE = /^ (=|\+) /;
const BREAK_OUTSIDE = /^ (-|\\cdot) /;

export function mathChunks(tex: string): string[] {
  const flat = tex.replace(/\\left\(/g, '(').replace(/\\right\)/g, ')');
  const chunks: string[] = [];
  let braces = 0;
  let brackets = 0;
  let start = 0;
  for (let i = 0; i < flat.length; i++) {
    const c = flat[i];
    if (c === '\\' && '{}()[]'.includes(flat[i + 1] ?? '')) {
      i++;
      continue;
    }
    if (c === '{') braces++;
    else if (c === '}') braces--;
    else if (c === '(' || c === '[') brackets++;
    else if (c === ')' || c === ']') brackets--;
    else if (c === ' ' && braces === 0 && i > start) {
      const rest = flat.slice(i);
      if (BREAK_ANYWHERE.test(rest) || (brackets === 0 && BREAK_OUTSIDE.test(rest))) {
        chunks.push(flat.slice(start, i));
        start = i + 1;
      }
    }
  }
  chunks.push(flat.slice(start));
  // A piece that starts with its operator sets it alone at the front: give it a binary operator's space after.
  // (Not before a negative number: its sign would be spaced as a binary minus.)
  return chunks.map((chunk) => chunk.replace(/^(=|\+|-|\\cdot) (?!-)/, '$1 \\; '));
}
