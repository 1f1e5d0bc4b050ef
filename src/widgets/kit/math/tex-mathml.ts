/**
 * texToMathml: the LaTeX that the core's trace emits (symbols and formulas, with or without
 * \htmlData marks) as a MathML Core string, which Chromium, Firefox and Safari render natively — so
 * the stepper shows live formulas without shipping KaTeX to the browser. Pure, DOM-free.
 *
 * Supported, by what the trace can emit (tests/unit/widgets/math/tex-mathml.test.ts sweeps it):
 *   numbers → <mn>; letters → <mi> (one each, as TeX); + = , ; : ! / * < > → <mo>; - → <mo>−</mo>
 *   between operands, and as a sign (first, or after an operator or opening bracket) <mn>−2</mn> or
 *   <mo form="prefix">−</mo>;
 *   ( ) [ ] | → <mo stretchy="false">; {…} groups; x_{…}, x^{…}, x' (prime) → msub/msup/msubsup;
 *   \frac{a}{b} → mfrac; \left( … \right) (also [ ] | . \{ \}) → a stretchy fenced mrow;
 *   \text{…} → mtext; \operatorname{…}, \log, \tanh, \exp, \sin, \cos → multi-letter <mi>;
 *   \partial, Greek letters (\alpha … \omega) → <mi>; \cdot, \times, \pm → <mo>; \sum → munderover;
 *   \lvert \rvert → <mo stretchy="false">|</mo>; spaces \  \, \; \quad → mspace;
 *   \htmlData{step=id}{…} → <mrow data-step="id">…</mrow>.
 * Anything else throws an Error naming the command (or character). Text and attributes are escaped.
 */

import { type TexToken, TexReader } from './tex-tokens';

export interface TexToMathmlOptions {
  /** A display (block) formula: <math display="block">. Default inline. */
  display?: boolean;
}

const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

const GREEK: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ϵ', varepsilon: 'ε', zeta: 'ζ', eta: 'η',
  theta: 'θ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ',
  sigma: 'σ', tau: 'τ', phi: 'ϕ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω',
  Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Sigma: 'Σ', Phi: 'Φ', Omega: 'Ω',
  partial: '∂',
};
const OPERATORS: Record<string, string> = { cdot: '⋅', times: '×', pm: '±' };
const FUNCTIONS = new Set(['log', 'ln', 'exp', 'tanh', 'sin', 'cos']);
const SPACES: Record<string, string> = { ' ': '0.333em', ',': '0.167em', ';': '0.278em', quad: '1em' };
/** Characters that are operators as they are ('-' becomes the minus sign). */
const OPERATOR_CHARS = '+=,;:!/*<>';
const FENCE_CHARS = '()[]|';
/** Delimiters after \left and \right ('.' is none). */
const DELIMITERS: Record<string, string> = { '(': '(', ')': ')', '[': '[', ']': ']', '|': '|', '.': '', '\\{': '{', '\\}': '}' };

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const element = (name: string, content: string, attributes = '') => `<${name}${attributes}>${content}</${name}>`;

/** One element: the only child, or the children in an <mrow>. */
function row(children: readonly string[]): string {
  return children.length === 1 ? children[0] : element('mrow', children.join(''));
}

/** A minus is a sign at the start of an expression or group, or after an operator or an opening bracket. */
function isSignPosition(children: readonly string[]): boolean {
  const last = children[children.length - 1];
  return last === undefined || (last.startsWith('<mo') && !/>[)\]|]<\/mo>$/.test(last));
}

function fail(message: string, token?: TexToken): never {
  throw new Error(`texToMathml: ${message}${token === undefined ? '' : ` at ${token.at}`}`);
}

class Parser {
  constructor(private readonly reader: TexReader) {}

  /** Atoms with their scripts until `}`, \right or the end (not consumed). */
  expression(): string[] {
    const children: string[] = [];
    for (;;) {
      const token = this.reader.peek();
      if (token === undefined || (token.kind === 'char' && token.text === '}')) return children;
      if (token.kind === 'command' && token.text === 'right') return children;
      this.reader.next();
      if (token.kind === 'char' && token.text === '-' && isSignPosition(children)) {
        children.push(this.scripts(this.sign(), false));
        continue;
      }
      children.push(this.scripts(this.atom(token), token.kind === 'command' && token.text === 'sum'));
    }
  }

  /**
   * A minus that is a sign (see isSignPosition): joined to the number after it, <mn>−0.3</mn>, or a
   * prefix operator before anything else. As a plain <mo>, the browser would space it as a
   * subtraction: "= − 0.3".
   */
  sign(): string {
    const next = this.reader.peek();
    if (next?.kind !== 'number') return element('mo', '−', ' form="prefix"');
    this.reader.next();
    return element('mn', `−${next.text}`);
  }

  /** The children of a braced group: the `{` is next. */
  groupChildren(what: string): string[] {
    const open = this.reader.next();
    if (open === undefined || open.text !== '{' || open.kind !== 'char') fail(`${what} expects {…}`, open);
    const children = this.expression();
    const close = this.reader.next();
    if (close === undefined || close.text !== '}') fail(`unclosed { in ${what}`, open);
    return children;
  }

  /** A braced group as one element. */
  group(what: string): string {
    return row(this.groupChildren(what));
  }

  /** A script's argument: a group, or one token (one digit of a number, as TeX takes it). */
  scriptArgument(what: string): string {
    const token = this.reader.peek();
    if (token === undefined) fail(`${what} has no argument`);
    if (token.kind === 'char' && token.text === '{') return this.group(what);
    this.reader.next();
    if (token.kind === 'number' && token.text.length > 1) {
      this.reader.pushBack({ kind: 'number', text: token.text.slice(1), at: token.at + 1 });
      return element('mn', token.text[0]);
    }
    return this.atom(token);
  }

  /** `base` with the _, ^ and ' that follow it. */
  scripts(base: string, isSum: boolean): string {
    let sub: string | undefined;
    let sup: string | undefined;
    let primes = '';
    for (let token = this.reader.peek(); token?.kind === 'char'; token = this.reader.peek()) {
      if (token.text === "'") primes += '′';
      else if (token.text === '_' || token.text === '^') {
        this.reader.next();
        const argument = this.scriptArgument(token.text);
        if (token.text === '_') sub = sub === undefined ? argument : fail('double subscript', token);
        else sup = sup === undefined ? argument : fail('double superscript', token);
        continue;
      } else break;
      this.reader.next();
    }
    if (primes !== '') sup = sup === undefined ? element('mo', primes) : row([element('mo', primes), sup]);
    const [under, over, both] = isSum ? ['munder', 'mover', 'munderover'] : ['msub', 'msup', 'msubsup'];
    if (sub !== undefined && sup !== undefined) return element(both, base + sub + sup);
    if (sub !== undefined) return element(under, base + sub);
    if (sup !== undefined) return element(over, base + sup);
    return base;
  }

  atom(token: TexToken): string {
    switch (token.kind) {
      case 'number':
        return element('mn', token.text);
      case 'letter':
        return element('mi', token.text);
      case 'command':
        return this.command(token);
      case 'char':
        if (token.text === '{') {
          this.reader.pushBack(token);
          return this.group('a group');
        }
        if (token.text === '-') return element('mo', '−');
        if (token.text === "'") return element('mo', '′');
        if (token.text === '_' || token.text === '^') return fail(`${token.text} without a base`, token);
        if (FENCE_CHARS.includes(token.text)) return element('mo', token.text, ' stretchy="false"');
        if (OPERATOR_CHARS.includes(token.text)) return element('mo', escapeText(token.text));
        return fail(`unsupported character "${token.text}"`, token);
    }
  }

  command(token: TexToken): string {
    const name = token.text;
    if (name in GREEK) return element('mi', GREEK[name]);
    if (name in OPERATORS) return element('mo', OPERATORS[name]);
    if (name in SPACES) return `<mspace width="${SPACES[name]}"></mspace>`;
    if (FUNCTIONS.has(name)) return element('mi', name);
    switch (name) {
      case 'frac':
        return element('mfrac', this.group('\\frac') + this.group('\\frac'));
      case 'text':
        return element('mtext', escapeText(this.reader.readRawGroup(name)));
      case 'operatorname':
        return element('mi', escapeText(this.reader.readRawGroup(name)));
      case 'sum':
        return element('mo', '∑');
      case 'lvert':
      case 'rvert':
        return element('mo', '|', ' stretchy="false"');
      case 'left':
        return this.fenced(token);
      case 'htmlData':
        return this.htmlData();
      default:
        return fail(`unsupported command \\${name}`, token);
    }
  }

  /** A delimiter after \left or \right, as an <mo> ('' for '.'). */
  delimiter(after: string): string {
    const token = this.reader.next();
    const key = token === undefined ? '' : token.kind === 'command' ? `\\${token.text}` : token.text;
    if (!(key in DELIMITERS)) fail(`unsupported delimiter after \\${after}: ${key === '' ? 'nothing' : key}`, token);
    return DELIMITERS[key] === '' ? '' : element('mo', DELIMITERS[key]);
  }

  /** \left D … \right D as <mrow><mo>D</mo>…<mo>D</mo></mrow> (the fences stretch by default). */
  fenced(left: TexToken): string {
    const open = this.delimiter('left');
    const children = this.expression();
    const right = this.reader.next();
    if (right?.kind !== 'command' || right.text !== 'right') fail('\\left without \\right', left);
    return element('mrow', open + children.join('') + this.delimiter('right'));
  }

  /** \htmlData{key=value,…}{…} as <mrow data-key="value" …>…</mrow>. */
  htmlData(): string {
    const attributes = this.reader
      .readRawGroup('htmlData')
      .split(',')
      .map((pair) => {
        const match = /^\s*([a-z][a-z0-9-]*)\s*=(.*)$/.exec(pair);
        if (match === null) fail(`\\htmlData expects key=value pairs, got "${pair}"`);
        return ` data-${match[1]}="${escapeText(match[2].trim())}"`;
      })
      .join('');
    return element('mrow', this.groupChildren('\\htmlData').join(''), attributes);
  }
}

/** The LaTeX formula `tex` as a <math> element in MathML Core. Throws an Error naming what it cannot convert. */
export function texToMathml(tex: string, options: TexToMathmlOptions = {}): string {
  const reader = new TexReader(tex);
  const children = new Parser(reader).expression();
  const rest = reader.next();
  if (rest !== undefined) fail(rest.kind === 'command' ? '\\right without \\left' : `unmatched ${rest.text}`, rest);
  const display = options.display === true ? ' display="block"' : '';
  return element('math', children.join(''), ` xmlns="${MATHML_NS}"${display}`);
}
