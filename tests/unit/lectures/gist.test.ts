import { describe, expect, it } from 'vitest';
import { parseLecture } from '../../../src/lectures/check';
import { MAX_GIST_CHARS, plainLine, plainTex, slideGist } from '../../../src/lectures/gist';
import { lectureSlugs, widgetTitles } from '../../../src/lectures/sources';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('TeX as plain text, for the presenter’s list of slides', () => {
  it('keeps words, writes fractions with a slash and Greek as its letters', () => {
    expect(plainTex('\\frac{\\partial E}{\\partial w_2}')).toBe('∂ E/∂ w₂');
    expect(plainTex('\\text{Bernoulli}(1 - p)')).toBe('Bernoulli(1 - p)');
    expect(plainTex('\\delta_2 = \\delta_y \\cdot w_3')).toBe('δ₂ = δ_y · w₃');
    expect(plainTex('f\\left(\\sum_{i=1}^{n} w_i x_i + b\\right)')).toBe('f(Σ_i=1ⁿ wᵢ xᵢ + b)');
    expect(plainTex('\\theta_{t+1} = \\theta_{t} - \\eta g^2')).toBe('θ_t+1 = θₜ - η g²');
  });

  it('turns a line’s inline math and code into plain text', () => {
    expect(plainLine('Switch it off for prediction (`model.eval()` in PyTorch).')).toBe('Switch it off for prediction (model.eval() in PyTorch).');
    expect(plainLine('A random mask sets each unit to 0 with probability $p$.')).toBe('A random mask sets each unit to 0 with probability p.');
  });
});

describe('a slide’s gist', () => {
  const [text, widget] = parseLecture(
    '<Slide id="a" section="s" title="Dropout">\n\n- Only part of a layer takes part in each training step, every single time, without fail.\n\n</Slide>\n' +
      '<Slide id="b" section="s" title="Dropout" widget>\n\n<DropoutMask lang="en" />\n\n</Slide>\n',
  );

  it('is a text slide’s first line, shortened to the limit', () => {
    const gist = slideGist(text, () => undefined);
    expect([...gist].length).toBe(MAX_GIST_CHARS);
    expect(gist.startsWith('Only part of a layer takes part')).toBe(true);
    expect(gist.endsWith('…')).toBe(true);
  });

  it('is a widget slide’s demo title', () => {
    expect(slideGist(widget, (name) => (name === 'DropoutMask' ? 'One dropout mask' : undefined))).toBe('One dropout mask');
  });

  it('tells apart every slide of every lecture, and names every widget by its demo', () => {
    for (const lang of ['en', 'ko'] as const) {
      const titles = widgetTitles(lang);
      for (const slug of lectureSlugs()) {
        const slides = parseLecture(readFileSync(join(process.cwd(), `content/${lang}/lectures/${slug}.mdx`), 'utf8'));
        for (const slide of slides.filter((s) => s.widget)) expect(titles.has(slide.components[0]), `${lang} ${slug} ${slide.id}`).toBe(true);
        const gists = slides.map((s) => slideGist(s, (name) => titles.get(name)));
        expect(new Set(gists).size, `${lang} ${slug}: ${gists.join(' | ')}`).toBe(gists.length);
      }
    }
  });
});
