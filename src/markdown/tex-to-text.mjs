/**
 * A formula's TeX as plain, readable text, for search snippets: `\frac{\partial E}{\partial w}` →
 * `∂E/∂w`, `e^{-x}` → `e⁻ˣ`, `\hat{y}_i` → `ŷᵢ`. Light cleaning, not typesetting: Greek letters and
 * operators become their Unicode symbols, fractions a slash (with brackets round a compound part),
 * scripts Unicode super-/subscripts where every character has one (else `^(…)`, `_(…)`), and the
 * layout commands (\left, \quad, \begin{aligned}, &) go. A command it does not know is written as its
 * name, so nothing is lost silently.
 */

/** @type {Record<string, string>} */
const SYMBOLS = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ', eta: 'η',
  theta: 'θ', vartheta: 'ϑ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π',
  rho: 'ρ', sigma: 'σ', tau: 'τ', upsilon: 'υ', phi: 'φ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω',
  Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
  partial: '∂', nabla: '∇', cdot: '·', times: '×', div: '÷', pm: '±', mp: '∓', odot: '⊙', oplus: '⊕', otimes: '⊗',
  sum: 'Σ', prod: 'Π', int: '∫', infty: '∞', ell: 'ℓ', top: '⊤', prime: '′', circ: '∘',
  geq: '≥', ge: '≥', leq: '≤', le: '≤', neq: '≠', ne: '≠', approx: '≈', sim: '∼', equiv: '≡', propto: '∝',
  in: '∈', notin: '∉', subset: '⊂', cup: '∪', cap: '∩', forall: '∀', exists: '∃',
  to: '→', rightarrow: '→', leftarrow: '←', gets: '←', Rightarrow: '⇒', Leftarrow: '⇐', iff: '⇔',
  Leftrightarrow: '⇔', mapsto: '↦', uparrow: '↑', downarrow: '↓',
  dots: '…', ldots: '…', cdots: '⋯', vdots: '⋮', ddots: '⋱',
  lvert: '|', rvert: '|', vert: '|', lVert: '‖', rVert: '‖', Vert: '‖', mid: '|',
  langle: '⟨', rangle: '⟩', lfloor: '⌊', rfloor: '⌋', lceil: '⌈', rceil: '⌉',
  blacktriangleleft: '◀', blacktriangleright: '▶',
  quad: ' ', qquad: ' ',
  log: 'log', ln: 'ln', exp: 'exp', sin: 'sin', cos: 'cos', tanh: 'tanh', max: 'max', min: 'min',
  arg: 'arg', argmax: 'argmax', argmin: 'argmin', lim: 'lim', sup: 'sup', inf: 'inf',
};

/** One-character control symbols: \, \; \! \{ … */
/** @type {Record<string, string>} */
const CONTROL_SYMBOLS = { ',': ' ', ';': ' ', ':': ' ', ' ': ' ', '!': '', '\\': '; ', '{': '{', '}': '}', '|': '‖', '%': '%', '#': '#', '&': '&', _: '_', $: '$' };

/** Combining marks for the accents, put on a one-letter argument. */
/** @type {Record<string, string>} */
const ACCENTS = { hat: '\u0302', widehat: '\u0302', tilde: '\u0303', widetilde: '\u0303', bar: '\u0304', overline: '\u0304', vec: '\u20d7', dot: '\u0307', ddot: '\u0308' };

/** Commands whose argument is the text: \text{out} → out. */
const KEEP_ARGUMENT = new Set(['text', 'textrm', 'textit', 'textbf', 'mathrm', 'mathit', 'mathbf', 'mathsf', 'mathcal', 'mathbb', 'boldsymbol', 'bm', 'operatorname', 'mbox', 'underline']);
/** Commands whose argument is not read: \phantom{x} only takes room. */
const DROP_ARGUMENT = new Set(['phantom', 'hphantom', 'vphantom', 'label', 'tag']);
/** Commands that only size or space: \left( → (. */
const DROP = new Set(['left', 'right', 'middle', 'big', 'Big', 'bigg', 'Bigg', 'bigl', 'bigr', 'Bigl', 'Bigr', 'biggl', 'biggr', 'displaystyle', 'textstyle', 'scriptstyle', 'allowbreak', 'limits', 'nolimits', 'nonumber', 'notag']);
const PREFIXES = new Set(['partial', 'nabla']);
const FRACTIONS = new Set(['frac', 'tfrac', 'dfrac', 'cfrac']);

/** @type {Record<string, string>} */
const SUPERSCRIPTS = Object.fromEntries(
  [...'0123456789+-−=()niTtlkxpjabcdemorsuvwyzhgf'].map((c, i) => [c, '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱᵀᵗˡᵏˣᵖʲᵃᵇᶜᵈᵉᵐᵒʳˢᵘᵛʷʸᶻʰᵍᶠ'[i]]),
);
SUPERSCRIPTS['⊤'] = 'ᵀ';
/** @type {Record<string, string>} */
const SUBSCRIPTS = Object.fromEntries([...'0123456789+-−=()aehijklmnoprstuvx'].map((c, i) => [c, '₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ'[i]]));

/** A part that reads as one unit beside a slash or a script: letters, digits, marks, scripts, a point. */
const ATOM = /^[\p{L}\p{N}\p{M}.′'∂∇⁺⁻⁼⁽⁾₊₋₌₍₎]+$/u;

/**
 * @param {string} tex
 * @returns {string}
 */
export function texToText(tex) {
  const reader = { s: tex, i: 0 };
  return readSequence(reader, false)
    .replace(/\s+/g, ' ')
    .replace(/\s*;\s*/g, '; ')
    .replace(/;\s*$/, '')
    .trim()
    .normalize('NFC');
}

/** @typedef {{ s: string, i: number }} Reader */

/** Up to the end, or to the `}` closing a group. @param {Reader} r @param {boolean} inGroup */
function readSequence(r, inGroup) {
  let out = '';
  while (r.i < r.s.length) {
    const c = r.s[r.i];
    if (c === '}') {
      r.i++;
      if (inGroup) return out;
    } else if (c === '^' || c === '_') {
      r.i++;
      out += script(readArgument(r), c === '^' ? SUPERSCRIPTS : SUBSCRIPTS, c);
    } else if (c === '&' || c === '~') {
      r.i++;
      out += ' ';
    } else {
      out += readToken(r);
    }
  }
  return out;
}

/** A command, a group or one character. @param {Reader} r */
function readToken(r) {
  const c = r.s[r.i];
  if (c === '\\') return readCommand(r);
  r.i++;
  if (c === '{') return readSequence(r, true);
  return c;
}

/** A command's argument: a group, a command or one character. @param {Reader} r */
function readArgument(r) {
  while (/\s/.test(r.s[r.i] ?? '')) r.i++;
  if (r.i >= r.s.length) return '';
  return readToken(r);
}

/** @param {Reader} r */
function readCommand(r) {
  r.i++;
  const name = /^[A-Za-z]+/.exec(r.s.slice(r.i))?.[0];
  if (!name) {
    const c = r.s[r.i++] ?? '';
    return CONTROL_SYMBOLS[c] ?? c;
  }
  r.i += name.length;
  // TeX drops the space after a command; kept here (`0.4 \cdot 1` reads "0.4 · 1") except after the
  // operators written against their operand: `\partial E` → ∂E.
  if (PREFIXES.has(name)) while (r.s[r.i] === ' ') r.i++;
  if (FRACTIONS.has(name)) {
    const numerator = readArgument(r);
    return `${grouped(numerator)}/${grouped(readArgument(r))}`;
  }
  if (name === 'sqrt') {
    if (r.s[r.i] === '[') r.i = r.s.indexOf(']', r.i) + 1 || r.s.length;
    return `√${grouped(readArgument(r))}`;
  }
  if (name in ACCENTS) {
    const base = readArgument(r).trim();
    return [...base].length === 1 ? base + ACCENTS[name] : base;
  }
  if (name === 'underbrace' || name === 'overbrace') {
    const body = readArgument(r);
    while (r.s[r.i] === ' ') r.i++;
    if (r.s[r.i] === '_' || r.s[r.i] === '^') {
      r.i++;
      readArgument(r);
    }
    return body;
  }
  if (name === 'begin' || name === 'end') {
    readArgument(r);
    return ' ';
  }
  if (KEEP_ARGUMENT.has(name)) return readArgument(r);
  if (DROP_ARGUMENT.has(name)) {
    readArgument(r);
    return '';
  }
  if (DROP.has(name)) return '';
  return SYMBOLS[name] ?? name;
}

/** A fraction's part, bracketed unless it reads as one unit. @param {string} text */
function grouped(text) {
  const t = text.trim();
  return ATOM.test(t) || /^\([^()]*\)$/.test(t) ? t : `(${t})`;
}

/**
 * A super- or subscript: Unicode script characters when all of it has them, else the mark and the
 * text, bracketed unless it reads as one unit.
 * @param {string} text @param {Record<string, string>} map @param {string} mark
 */
function script(text, map, mark) {
  const t = text.trim();
  const chars = [...t];
  if (chars.length > 0 && chars.every((c) => c in map)) return chars.map((c) => map[c]).join('');
  return `${mark}${grouped(t)}`;
}
