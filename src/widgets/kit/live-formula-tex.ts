/**
 * Live formulas, the build-time half: KaTeX typesets the formula once, at build, and the browser
 * changes only the numbers (live-formula.ts) — no KaTeX in the page's JavaScript.
 *
 * An author writes a live number as `\live{name}` in the LaTeX, optionally with a format:
 *   \live{w}        three decimals: 0.250, −0.125
 *   \live[4]{eta}   four decimals
 *   \live[2p]{w}    two decimals, negative values in parentheses: (−0.25) — for substituted
 *                   formulas, where "x − −0.25" would misread
 * e.g. `W_1(t+1) = \live{w} + \live{alpha}\,[\live{d} - \live{y}]\,\live[0]{x}`.
 *
 * liveLatex turns each placeholder into `\htmlData{live=name}{\text{@@k@@}}`: KaTeX's \htmlData puts
 * data-live="name" on the number's box (a styling hook), \text keeps the number one text run in a
 * single span (math mode would split "0.25" into glyph boxes) and in one <mtext> of the MathML, and
 * the marker @@k@@ lets finishLiveHtml find both. finishLiveHtml then writes the initial values in,
 * tags the span and the <mtext> with data-live-value / data-live-digits (what the browser rewrites,
 * so screen readers reading the MathML hear the current number too), and replaces the MathML's TeX
 * annotation with the formula as plain LaTeX with the numbers substituted.
 *
 * KaTeX's `trust` must allow \htmlData and nothing else (no \href, no \includegraphics):
 * trustLiveData is that function. Pure and DOM-free (tests/unit/widgets/live-formula-tex.test.ts
 * runs the whole pipeline through KaTeX in Node).
 */

export interface LivePlaceholder {
  readonly name: string;
  readonly digits: number;
  /** Negative values in parentheses. */
  readonly parens: boolean;
}

const PLACEHOLDER = /\\live(?:\[(\d{1,2})(p?)\])?\{([A-Za-z][A-Za-z0-9_-]*)\}/g;
const MARKED = /<(span|mtext)([^>]*)>@@(\d+)@@<\/\1>/g;
const ANNOTATION = /(<annotation encoding="application\/x-tex">)[\s\S]*?(<\/annotation>)/;
export const DEFAULT_DIGITS = 3;

/**
 * A widget's own formatting of its live numbers, used at build time (LiveFormula's `format`) and in
 * the browser alike, so the page never changes style when the widget starts: (placeholder name,
 * value, decimals from the template, whether negatives go in parentheses) → text. E.g. the chapter's
 * grouped thousands, 165,000.
 */
export type LiveFormat = (name: string, value: number, digits: number, parens: boolean) => string;

/** The placeholders of a template, in order of appearance (a name may appear more than once). */
export function livePlaceholders(template: string): LivePlaceholder[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => ({
    name: m[3],
    digits: m[1] === undefined ? DEFAULT_DIGITS : Number(m[1]),
    parens: m[2] === 'p',
  }));
}

/**
 * A live number as text: fixed decimals, the true minus sign (U+2212) as the chapters print it, no
 * "−0.000" (a negative that rounds to zero is 0.000), ∞ and NaN spelled out.
 */
export function formatLiveNumber(value: number, digits = DEFAULT_DIGITS, parens = false): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const text = Math.abs(value).toFixed(digits);
  if (!(value < 0) || Number(text) === 0) return text;
  return parens ? `(−${text})` : `−${text}`;
}

/** The LaTeX KaTeX renders: each placeholder replaced by its marked \htmlData box. */
export function liveLatex(template: string): string {
  let k = 0;
  return template.replace(PLACEHOLDER, (_whole, _digits, _parens, name: string) => `\\htmlData{live=${name}}{\\text{@@${k++}@@}}`);
}

/** The template with the numbers written in: the formula as a reader would copy it. */
export function plainLatex(template: string, values: Readonly<Record<string, number>>, format?: LiveFormat): string {
  return template.replace(PLACEHOLDER, (_whole, digits: string | undefined, parens: string | undefined, name: string) =>
    liveText(format, name, valueOf(values, name), digits === undefined ? DEFAULT_DIGITS : Number(digits), parens === 'p').replace(/−/g, '-'),
  );
}

/** A live number's text: the widget's format if it has one, else formatLiveNumber. */
export function liveText(format: LiveFormat | undefined, name: string, value: number, digits: number, parens: boolean): string {
  return format ? format(name, value, digits, parens) : formatLiveNumber(value, digits, parens);
}

/**
 * KaTeX's `trust` option: \htmlData setting only data-live (KaTeX passes the attributes as they will
 * be written, `data-` prefixed); every other trusted command refused.
 */
export function trustLiveData(context: { command: string; attributes?: Readonly<Record<string, string>> }): boolean {
  return context.command === '\\htmlData' && Object.keys(context.attributes ?? {}).every((key) => key === 'data-live');
}

/**
 * KaTeX's output for liveLatex(template), finished: markers replaced by the initial values and
 * tagged for the browser, the TeX annotation made plain. Throws if a value is missing or a marker
 * was not found (a KaTeX change this code must learn about), so a broken formula fails the build.
 */
export function finishLiveHtml(html: string, template: string, values: Readonly<Record<string, number>>, format?: LiveFormat): string {
  const placeholders = livePlaceholders(template);
  const seen = new Set<number>();
  const finished = html
    .replace(MARKED, (_whole, tag: string, attributes: string, index: string) => {
      const p = placeholders[Number(index)];
      if (!p) throw new Error(`live formula: marker ${index} has no placeholder`);
      seen.add(Number(index));
      const flags = ` data-live-value="${p.name}" data-live-digits="${p.digits}"${p.parens ? ' data-live-parens=""' : ''}`;
      return `<${tag}${attributes}${flags}>${escapeHtml(liveText(format, p.name, valueOf(values, p.name), p.digits, p.parens))}</${tag}>`;
    })
    .replace(ANNOTATION, (_whole, open: string, close: string) => `${open}${escapeHtml(plainLatex(template, values, format))}${close}`);
  if (finished.includes('@@') || seen.size !== placeholders.length) {
    throw new Error(`live formula: KaTeX output did not keep every placeholder of "${template}"`);
  }
  return finished;
}

function valueOf(values: Readonly<Record<string, number>>, name: string): number {
  const value = values[name];
  if (typeof value !== 'number') throw new Error(`live formula: no initial value for "${name}"`);
  return value;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
