import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No chapter types a number the core computes. What a reader sees of a chapter's source is
 * its prose and tables, its `$…$` and `$$…$$` formulas and the LaTeX of its Formula and LiveFormula
 * components (`tex={String.raw`…`}`). There, a number with two or more decimal places is a result of
 * arithmetic (0.6590, 73.33, 2.72), so it must come from an expression — `{num(…)}`, a LossNumber,
 * a Formula's `\num{…}` — computed at build time through src/core. Code is not read: front matter,
 * import/export lines, fenced and inline code, `{…}` expressions and JSX attributes.
 *
 * The only decimals left typed are the deck's definitions and the examples' inputs, listed below
 * with their reason; a derived number that happens to equal one of them would slip through, which is
 * the price of a rule with no false alarms.
 */
const CONTENT = join(import.meta.dirname, '../../../content');

const DEFINITIONS: Record<string, Record<string, string>> = {
  'activation-functions': {
    '0.25': 'the maximum of sigmoid′, stated as a fact, and the base of the bound 0.25ⁿ',
    '0.01': "Leaky ReLU's slope in the deck, and the threshold \"below 0.01\" a slope is compared with",
  },
  'loss-functions': {
    '0.25': 'the maximum of the sigmoid factor y(1 − y), stated as a fact',
    '0.01': 'a prediction of the worked examples (0.01, 0.98, 0.01) and the output 0.01 of the MSE-vs-CE table',
    '0.98': 'a prediction of the cross-entropy table, an input',
    '0.99': 'the output 0.99 of the MSE-vs-CE table, an input',
  },
  'batch-normalization': {
    '0.25': 'the maximum of the sigmoid’s slope, stated as a fact, and the base of the bound 0.25¹⁰',
    '0.99': 'Keras’s default momentum, a framework’s setting',
  },
  dropout: {},
  backpropagation: {
    '0.25': 'the maximum of the sigmoid’s slope, stated as a fact, and the base of the bound 0.25¹⁰',
    '0.01': 'a coarser finite-difference step ε, an input',
  },
  perceptron: {
    '0.001': 'an example tolerance ("the sum of squared errors below 0.001")',
    '0.01': 'the training demo’s tolerance, an input',
  },
  optimizers: {
    '0.01': 'the deck’s learning rate η = 0.01 (and a loss threshold)',
    '0.03': 'the deck’s learning rate η = 0.03',
    '0.13': 'the deck’s learning rate η = 0.13',
    '0.001': 'a default η (RMSProp, Adam, Keras) and a loss threshold',
    '0.999': 'Adam’s default β₂',
    '0.95': 'AdaDelta’s γ in Zeiler’s paper',
    '0.09': 'η = 0.09, an input between 1/L and 2/L',
    '0.99': 'a decay rate γ, and PyTorch’s RMSprop default alpha',
  },
};

/** The text of a chapter a reader sees, with every code context taken out. */
function visibleText(source: string): string {
  const seen: string[] = [];
  const keep = (_whole: string, text: string) => {
    seen.push(text);
    return ' ';
  };
  let body = source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/^(?:import|export) .*$/gm, '')
    .replace(/\btex=\{String\.raw`([^`]*)`\}/g, keep)
    .replace(/\$\$([\s\S]+?)\$\$/g, keep)
    .replace(/(?<![\\$])\$([^$\n]+?)\$/g, keep)
    .replace(/`[^`\n]*`/g, ' ');
  let prose = '';
  let depth = 0;
  for (const c of body) {
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0) prose += c;
  }
  body = prose.replace(/<\/?[A-Za-z][^>]*>/g, ' ');
  return [...seen, body].join('\n');
}

/** Numbers written with two or more decimal places ("0.6590", "8,733.33", "0.00098"). */
function typedDecimals(text: string): string[] {
  return [...text.matchAll(/(?<![\d.])\d[\d,]*\.\d{2,}(?![\d.])/g)].map((m) => m[0]);
}

/** Each chapter and its lecture (content/<lang>/lectures/<slug>.mdx), which follows the same rule. */
const chapters = Object.keys(DEFINITIONS).flatMap((slug) =>
  ['en', 'ko'].flatMap((lang) =>
    [`${lang}/${slug}.mdx`, `${lang}/lectures/${slug}.mdx`].map((file) => ({ slug, file, source: readFileSync(join(CONTENT, file), 'utf8') })),
  ),
);

describe('the typed-number rule', () => {
  it('flags derived decimals in prose, tables, inline and display math and Formula LaTeX', () => {
    const source = [
      '---\ntitle: 0.123\n---',
      "export const x = 0.6590;",
      '| sigmoid | 0.7311 |',
      'The MAE is 73.33 and $\\ln 3 \\approx 1.0986$.',
      '$$\nMSE \\approx 8,733.33\n$$',
      '<Formula tex={String.raw`e^2 = 7.3891`} values={{ v: a.b }} />',
    ].join('\n');
    expect(typedDecimals(visibleText(source)).sort()).toEqual(['0.7311', '1.0986', '7.3891', '73.33', '8,733.33']);
  });

  it('reads no code: expressions, attributes, \\num placeholders, inline code and integers pass', () => {
    const source = [
      "import { num } from '../../src/numbers/format';",
      "The mean {num(x, '2')} and <LossNumber of=\"mae\" digits={2} y={[0.125]} p={[0.5]} />.",
      '<Formula tex={String.raw`\\sqrt{\\num[2]{mse}} = \\num[2]{rmse}`} values={{ mse: m, rmse: r }} />',
      'Use `lr=0.001` in code; 500 − 350 = 150, slope 0.5.',
    ].join('\n');
    expect(typedDecimals(visibleText(source))).toEqual([]);
  });
});

describe.each(chapters.map((c) => [c.file, c] as const))('%s', (_file, { slug, source }) => {
  it('types no number with two or more decimals but the deck’s definitions and inputs', () => {
    const allowed = DEFINITIONS[slug];
    const typed = typedDecimals(visibleText(source)).filter((n) => !(n in allowed));
    expect(typed, 'compute these at build time through src/core').toEqual([]);
  });
});

describe.each(Object.keys(DEFINITIONS))('the English and Korean %s', (slug) => {
  it('compute their numbers with the same exports', () => {
    const exports = (lang: string) => readFileSync(join(CONTENT, lang, `${slug}.mdx`), 'utf8').match(/^export .*$/gm) ?? [];
    expect(exports('ko')).toEqual(exports('en'));
    expect(exports('en').length).toBeGreaterThan(0);
  });
});
