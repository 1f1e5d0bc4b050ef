import katex from 'katex';
import { describe, expect, it } from 'vitest';
import {
  finishLiveHtml,
  formatLiveNumber,
  liveLatex,
  livePlaceholders,
  plainLatex,
  trustLiveData,
} from '../../../../src/widgets/kit/live-formula-tex';

/** What components/LiveFormula.astro does at build time. */
function render(template: string, values: Record<string, number>, displayMode = false): string {
  const html = katex.renderToString(liveLatex(template), { displayMode, trust: trustLiveData, strict: 'ignore', throwOnError: true });
  return finishLiveHtml(html, template, values);
}

const DELTA = String.raw`W_1(t+1) = \live{w} + \live[2]{alpha}\,[\live[0]{d} - \live[0]{y}]\,\live[0]{x}`;

describe('livePlaceholders(template)', () => {
  it('reads names, digits (default 3) and the parentheses flag, in order', () => {
    expect(livePlaceholders(String.raw`\live{w} + \live[2p]{g_1} \cdot \live[0]{w}`)).toEqual([
      { name: 'w', digits: 3, parens: false },
      { name: 'g_1', digits: 2, parens: true },
      { name: 'w', digits: 0, parens: false },
    ]);
  });

  it('ignores text that only looks similar', () => {
    expect(livePlaceholders(String.raw`\lively{w} \live{} \live{1x}`)).toEqual([]);
  });
});

describe('formatLiveNumber(value, digits, parens)', () => {
  it.each([
    [0.25, 3, false, '0.250'],
    [-0.125, 3, false, '−0.125'],
    [-0.125, 2, true, '(−0.13)'],
    [-0.0001, 3, false, '0.000'], // no "−0.000"
    [-0, 3, false, '0.000'],
    [12, 0, false, '12'],
    [Infinity, 3, false, '∞'],
    [-Infinity, 3, false, '−∞'],
    [NaN, 3, false, 'NaN'],
  ])('formatLiveNumber(%d, %d, %s) is %j', (value, digits, parens, text) => {
    expect(formatLiveNumber(value, digits, parens)).toBe(text);
  });
});

describe('liveLatex and plainLatex', () => {
  it('liveLatex marks each placeholder with \\htmlData and a numbered \\text marker', () => {
    expect(liveLatex(String.raw`a = \live{w} + \live[2]{w}`)).toBe(String.raw`a = \htmlData{live=w}{\text{@@0@@}} + \htmlData{live=w}{\text{@@1@@}}`);
  });

  it('plainLatex substitutes the formatted numbers with an ASCII minus', () => {
    expect(plainLatex(String.raw`w = \live{w} \cdot \live[1p]{g}`, { w: 0.5, g: -2 })).toBe(String.raw`w = 0.500 \cdot (-2.0)`);
  });
});

describe('trustLiveData(context)', () => {
  it('allows \\htmlData with the live attribute only', () => {
    expect(trustLiveData({ command: '\\htmlData', attributes: { 'data-live': 'w' } })).toBe(true);
    expect(trustLiveData({ command: '\\htmlData', attributes: { 'data-live': 'w', 'data-x': 'y' } })).toBe(false);
    expect(trustLiveData({ command: '\\href' })).toBe(false);
    expect(trustLiveData({ command: '\\includegraphics' })).toBe(false);
  });

  it('so KaTeX refuses other \\htmlData attributes and \\href in a live formula', () => {
    expect(katex.renderToString(String.raw`\htmlData{x=1}{a}`, { trust: trustLiveData })).not.toContain('data-x');
    const html = katex.renderToString(String.raw`\href{javascript:alert(1)}{x}`, { trust: trustLiveData, throwOnError: false });
    expect(html).not.toMatch(/<a |href=/); // shown as an unsupported command, not a link
  });
});

describe('finishLiveHtml(katex output, template, values)', () => {
  const html = render(DELTA, { w: 0.5, alpha: 0.1, d: 1, y: 0, x: 1 });

  it('writes the initial values into the visible HTML, tagged for the browser', () => {
    expect(html).toContain('<span class="mord" data-live-value="w" data-live-digits="3">0.500</span>');
    expect(html).toContain('data-live-value="alpha" data-live-digits="2">0.10</span>');
    expect(html).toContain('data-live="w"'); // \htmlData's box, the styling hook
  });

  it('updates the MathML copy too, so screen readers read the same numbers', () => {
    expect(html).toContain('<mtext data-live-value="w" data-live-digits="3">0.500</mtext>');
    expect(html.match(/<mtext data-live-value=/g)).toHaveLength(5);
  });

  it('leaves no marker and replaces the TeX annotation with the plain formula', () => {
    expect(html).not.toContain('@@');
    expect(html).not.toContain('htmlData');
    expect(html).toContain('<annotation encoding="application/x-tex">W_1(t+1) = 0.500 + 0.10\\,[1 - 0]\\,1</annotation>');
  });

  it('takes a widget’s own format (name, value, digits, parens) for the page and the annotation alike', () => {
    const template = String.raw`\live[0]{big} + \live[0p]{neg}`;
    const grouped = (_name: string, value: number, _digits: number, parens: boolean) => {
      const text = `${value < 0 ? '−' : ''}${Math.abs(value).toLocaleString('en-US')}`;
      return parens && value < 0 ? `(${text})` : text;
    };
    const html = katex.renderToString(liveLatex(template), { trust: trustLiveData, strict: 'ignore', throwOnError: true });
    const out = finishLiveHtml(html, template, { big: 165000, neg: -1700 }, grouped);
    expect(out).toContain('data-live-value="big" data-live-digits="0">165,000</span>');
    expect(out).toContain('data-live-parens="">(−1,700)</span>');
    expect(plainLatex(template, { big: 165000, neg: -1700 }, grouped)).toBe('165,000 + (-1,700)');
  });

  it('works in subscripts, fractions and display mode', () => {
    const out = render(String.raw`\frac{\live{a}}{2}^{\live[1p]{b}}`, { a: -1, b: -2 }, true);
    expect(out).toContain('katex-display');
    expect(out).toContain('>−1.000</span>');
    expect(out).toContain('data-live-parens="">(−2.0)</span>');
  });

  it('escapes nothing dangerous into the HTML: values are numbers, names are checked', () => {
    expect(livePlaceholders(String.raw`\live{"><script>}`)).toEqual([]);
  });

  it('throws when a value is missing, so a broken formula fails the build', () => {
    expect(() => render(String.raw`\live{w}`, {})).toThrow(/no initial value for "w"/);
  });
});
