import { describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES, type ActivationName } from '../../../../../src/core/activations';
import { LOSS_NAMES } from '../../../../../src/core/losses';
import type { NetworkSpec } from '../../../../../src/core/network-spec';
import { traceTrainingStep } from '../../../../../src/core/trace/trace';
import { TRACE_DECIMALS, type TraceNotation } from '../../../../../src/core/trace/types';
import { texToMathml } from '../../../../../src/widgets/kit/math/tex-mathml';

const math = (inner: string) => `<math xmlns="http://www.w3.org/1998/Math/MathML">${inner}</math>`;
/** The layer superscript (l), as the trace writes it. */
const layer = (l: number) => `<mrow><mo stretchy="false">(</mo><mn>${l}</mn><mo stretchy="false">)</mo></mrow>`;
const w211 = `<msubsup><mi>w</mi><mn>11</mn>${layer(2)}</msubsup>`;

describe('texToMathml(tex): exact MathML for the trace’s kinds of formula', () => {
  it.each([
    ['x_{1}', '<msub><mi>x</mi><mn>1</mn></msub>'],
    // sub before sup in MathML, whatever the TeX order.
    ['w^{(2)}_{11}', w211],
    ["y'_{1}", '<msubsup><mi>y</mi><mn>1</mn><mo>′</mo></msubsup>'],
    ['\\text{net}^{(1)}_{2}', `<msubsup><mtext>net</mtext><mn>2</mn>${layer(1)}</msubsup>`],
    ['\\delta^{(2)}_{1}', `<msubsup><mi>δ</mi><mn>1</mn>${layer(2)}</msubsup>`],
    ['\\frac{\\partial E}{\\partial w^{(2)}_{11}}', `<mfrac><mrow><mi>∂</mi><mi>E</mi></mrow><mrow><mi>∂</mi>${w211}</mrow></mfrac>`],
    // A leading minus and a bracketed negative number are signs: joined to the number (U+2212), so the
    // browser does not space them as subtractions; between operands (next case) the minus is an <mo>.
    [
      '-0.1355 \\cdot (-0.3)',
      '<mn>−0.1355</mn><mo>⋅</mo><mo stretchy="false">(</mo><mn>−0.3</mn><mo stretchy="false">)</mo>',
    ],
    // A sign after '=' joins its number; a minus after a closing bracket subtracts.
    ['y = -0.0561', '<mi>y</mi><mo>=</mo><mn>−0.0561</mn>'],
    ['(1) - 2', '<mo stretchy="false">(</mo><mn>1</mn><mo stretchy="false">)</mo><mo>−</mo><mn>2</mn>'],
    [
      "\\frac{1}{2}(0.5652 - 1)^2",
      '<mfrac><mn>1</mn><mn>2</mn></mfrac><mo stretchy="false">(</mo><mn>0.5652</mn><mo>−</mo><mn>1</mn><msup><mo stretchy="false">)</mo><mn>2</mn></msup>',
    ],
    [
      '\\frac{1}{2}\\left[(a)^2 + b\\right]',
      '<mfrac><mn>1</mn><mn>2</mn></mfrac><mrow><mo>[</mo><mo stretchy="false">(</mo><mi>a</mi><msup><mo stretchy="false">)</mo><mn>2</mn></msup><mo>+</mo><mi>b</mi><mo>]</mo></mrow>',
    ],
    ['\\text{new}\\ w', '<mtext>new</mtext><mspace width="0.333em"></mspace><mi>w</mi>'],
    [
      '\\text{sig}(\\htmlData{step=net.1.1}{0.1000})',
      '<mtext>sig</mtext><mo stretchy="false">(</mo><mrow data-step="net.1.1"><mn>0.1000</mn></mrow><mo stretchy="false">)</mo>',
    ],
    [
      '(\\htmlData{step=delta.2.1}{-0.1069})',
      '<mo stretchy="false">(</mo><mrow data-step="delta.2.1"><mn>−0.1069</mn></mrow><mo stretchy="false">)</mo>',
    ],
    ['\\eta \\cdot 2 \\times 3', '<mi>η</mi><mo>⋅</mo><mn>2</mn><mo>×</mo><mn>3</mn>'],
    ['\\sum_{k} \\sigma_{k}', '<munder><mo>∑</mo><mi>k</mi></munder><msub><mi>σ</mi><mi>k</mi></msub>'],
    [
      '\\lvert 1 - y \\rvert',
      '<mo stretchy="false">|</mo><mn>1</mn><mo>−</mo><mi>y</mi><mo stretchy="false">|</mo>',
    ],
    [
      '-\\left(1 \\cdot \\log 0.6\\right)',
      '<mo form="prefix">−</mo><mrow><mo>(</mo><mn>1</mn><mo>⋅</mo><mi>log</mi><mn>0.6</mn><mo>)</mo></mrow>',
    ],
    ['\\operatorname{sign}(d)', '<mi>sign</mi><mo stretchy="false">(</mo><mi>d</mi><mo stretchy="false">)</mo>'],
    ['e^{0.25} + \\tanh(x)', '<msup><mi>e</mi><mn>0.25</mn></msup><mo>+</mo><mi>tanh</mi><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo>'],
    ["\\text{ReLU}'(z)", '<msup><mtext>ReLU</mtext><mo>′</mo></msup><mo stretchy="false">(</mo><mi>z</mi><mo stretchy="false">)</mo>'],
    // TeX takes one digit as an unbraced script: w_23 is w₂ then 3.
    ['w_23', '<msub><mi>w</mi><mn>2</mn></msub><mn>3</mn>'],
    ['w^{(1)}_{10,2}', `<msubsup><mi>w</mi><mrow><mn>10</mn><mo>,</mo><mn>2</mn></mrow>${layer(1)}</msubsup>`],
  ])('texToMathml(%j)', (tex, inner) => {
    expect(texToMathml(tex)).toBe(math(inner));
  });

  it('{ display: true } makes a block formula', () => {
    expect(texToMathml('E', { display: true })).toBe('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mi>E</mi></math>');
  });

  it('escapes &, <, > and " in text and attributes', () => {
    expect(texToMathml('\\text{a < b & c > d}')).toBe(math('<mtext>a &lt; b &amp; c &gt; d</mtext>'));
    expect(texToMathml('a < b')).toBe(math('<mi>a</mi><mo>&lt;</mo><mi>b</mi>'));
    expect(texToMathml('\\htmlData{step=a"b}{1}')).toBe(math('<mrow data-step="a&quot;b"><mn>1</mn></mrow>'));
  });

  it.each([
    ['\\sqrt{2}', /unsupported command \\sqrt/],
    ['\\text{\\alpha}', /unsupported command \\alpha inside \\text/],
    ['\\left\\langle x \\right\\rangle', /unsupported delimiter after \\left: \\langle/],
    ['\\left( x', /\\left without \\right/],
    ['x \\right)', /\\right without \\left/],
    ['{x', /unclosed \{/],
    ['x}', /unmatched \}/],
    ['x_1_2', /double subscript/],
    ['a & b', /unsupported character "&"/],
    ['\\htmlData{step}{1}', /\\htmlData expects key=value pairs/],
  ])('texToMathml(%j) throws naming the problem', (tex, message) => {
    expect(() => texToMathml(tex)).toThrow(message);
  });
});

/** What is wrong with the conversion of `tex` (tags unbalanced, TeX left in the text, a mark lost), or ''. */
function problemWith(tex: string): string {
  let mathml: string;
  try {
    mathml = texToMathml(tex);
  } catch (error) {
    return (error as Error).message;
  }
  const stack: string[] = [];
  for (const [, close, name] of mathml.matchAll(/<(\/?)([a-z]+)[^>]*>/g)) {
    if (close === '') stack.push(name);
    else if (stack.pop() !== name) return `</${name}> closes the wrong element`;
  }
  if (stack.length > 0) return `<${stack.join('>, <')}> not closed`;
  if (/[\\{}^_]/.test(mathml.replace(/<[^>]*>/g, ''))) return 'TeX left in the text';
  if ((mathml.match(/data-step=/g)?.length ?? 0) !== (tex.match(/\\htmlData/g)?.length ?? 0)) return 'a \\htmlData mark lost';
  return '';
}

describe('texToMathml converts every symbol, generalFormula and formula the trace can emit', () => {
  const hidden = ACTIVATION_NAMES.filter((a): a is Exclude<ActivationName, 'softmax'> => a !== 'softmax');
  const network = (first: ActivationName, last: ActivationName): NetworkSpec => ({
    layers: [
      { weights: [[0.5, -0.3], [0.2, 0.1], [-0.4, 0.6]], bias: [0.1, 0, -0.2], activation: first, leakySlope: 0.05 },
      { weights: [[0.7, -0.5, 0.3], [0.3, 0.6, -0.1]], bias: [0.2, -0.1], activation: last },
    ],
  });
  /** 12 hidden units: subscripts such as w_{12,1}. */
  const wide: NetworkSpec = {
    layers: [
      { weights: Array.from({ length: 12 }, (_, j) => [0.1 * (j - 6)]), bias: new Array(12).fill(0), activation: 'sigmoid' },
      { weights: [Array.from({ length: 12 }, (_, j) => 0.05 * (j - 5))], bias: [0], activation: 'sigmoid' },
    ],
  };
  const cases: { name: string; spec: NetworkSpec; target: number[] }[] = [
    ...hidden.flatMap((first) =>
      ACTIVATION_NAMES.map((last) => ({ name: `${first} → ${last}`, spec: network(first, last), target: last === 'softmax' ? [0.25, 0.75] : [1, -0.5] })),
    ),
    { name: 'wide sigmoid', spec: wide, target: [1] },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s: every loss, notation, rounding (4, 6, 9; exact or from rounded), marking and bias setting', (_, c) => {
    const formulas = new Set<string>();
    const input = [1, -0.5].slice(0, c.spec.layers[0].weights[0].length);
    for (const loss of LOSS_NAMES) {
      for (const notation of ['delta', 'partial'] as TraceNotation[]) {
        for (const decimals of TRACE_DECIMALS) {
          for (const fromRounded of [false, true]) {
            for (const markOperands of [false, true]) {
              for (const updateBias of [true, false]) {
                const options = { learningRate: 0.5, loss, notation, rounding: { decimals, fromRounded }, markOperands, updateBias };
                for (const step of traceTrainingStep(c.spec, { input, target: c.target }, options).steps) {
                  formulas.add(step.symbol).add(step.generalFormula).add(step.formula);
                }
              }
            }
          }
        }
      }
    }
    const problems = [...formulas].map((tex) => [tex, problemWith(tex)]).filter(([, problem]) => problem !== '');
    expect(problems).toEqual([]);
    expect(formulas.size).toBeGreaterThan(300);
  });
});
