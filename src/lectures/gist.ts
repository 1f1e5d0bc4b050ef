/**
 * A slide's gist, for the presenter's list of slides. The seminar reuses its titles (a dozen slides
 * are all "Backpropagation"), so a title alone does not say which slide a button goes to: a text or
 * diagram slide is named by its first line, a widget slide by its widget's demo title
 * (src/data/demos.ts). TeX becomes plain text: a list of buttons is no place
 * for typeset math.
 */
import type { SlideSource } from './check';

/** The longest gist, in characters; longer ones end in "…". */
export const MAX_GIST_CHARS = 64;

const SYMBOLS: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', eta: 'η', theta: 'θ',
  lambda: 'λ', mu: 'μ', sigma: 'σ', Sigma: 'Σ', sum: 'Σ', partial: '∂', nabla: '∇', odot: '⊙',
  oplus: '⊕', cdot: '·', times: '×', to: '→', leq: '≤', geq: '≥', neq: '≠', approx: '≈', sim: '~',
  infty: '∞', iff: '⇔', log: 'log', exp: 'exp', max: 'max', min: 'min', sqrt: '√', in: '∈', mathbb: '',
};

const SUB: Record<string, string> = { 0: '₀', 1: '₁', 2: '₂', 3: '₃', 4: '₄', 5: '₅', 6: '₆', 7: '₇', 8: '₈', 9: '₉', i: 'ᵢ', j: 'ⱼ', n: 'ₙ', t: 'ₜ' };
const SUP: Record<string, string> = { 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹', i: 'ⁱ', n: 'ⁿ', t: 'ᵗ' };

/** `_12` or `_{12}` as ₁₂ where every character has a Unicode subscript (superscript for ^); else as written. */
function scripts(text: string): string {
  return text.replace(/([_^])(?:\{([0-9a-z]+)\}|([0-9a-z]))/g, (whole, mark: string, braced?: string, single?: string) => {
    const table = mark === '_' ? SUB : SUP;
    const chars = [...(braced ?? single ?? '')];
    return chars.every((c) => table[c]) ? chars.map((c) => table[c]).join('') : whole;
  });
}

/** TeX as plain text: \text{…} kept as words, \frac{a}{b} as a/b, Greek and operators as their signs, digit scripts as ₁ and ². */
export function plainTex(tex: string): string {
  let text = tex;
  // Innermost first, so a fraction inside a fraction comes out too.
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\\(?:text|mathrm|operatorname|mathbf|boldsymbol)\{([^{}]*)\}/g, '$1');
    text = text.replace(/\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}/g, '$1/$2');
  }
  return scripts(text)
    .replace(/\\(left|right|big|Big|bigg|Bigg)\b/g, '')
    .replace(/\\([A-Za-z]+)/g, (_, name: string) => SYMBOLS[name] ?? '')
    .replace(/\\[,;:! ]|~/g, ' ')
    .replace(/\\\{|\\\}/g, (brace) => brace.slice(1))
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A short line with its inline math ($…$) as plain text, and `code` without its backticks. */
export function plainLine(line: string): string {
  return line.replace(/\$([^$]*)\$/g, (_, tex: string) => plainTex(tex)).replace(/`([^`]*)`/g, '$1').trim();
}

function shorten(text: string): string {
  const chars = [...text];
  return chars.length <= MAX_GIST_CHARS ? text : `${chars.slice(0, MAX_GIST_CHARS - 1).join('').trimEnd()}…`;
}

/** The gist of `slide`; `widgetTitle` gives a widget component's demo title in the lecture's language. */
export function slideGist(slide: SlideSource, widgetTitle: (component: string) => string | undefined): string {
  if (slide.widget) return shorten(widgetTitle(slide.components[0]) ?? slide.components[0]);
  return shorten(slide.lines.length > 0 ? plainLine(slide.lines[0]) : slide.title);
}
