import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { mathAsText } from '../../../src/markdown/search-html.mjs';

describe('mathAsText(html): formulas as text for the search index', () => {
  it('puts each formula’s TeX, as text, in place of its MathML and keeps its HTML copy', () => {
    const html = `<p>For large positive ${katex.renderToString('x')}, ${katex.renderToString('e^{-x}')} is tiny.</p>`;
    const out = mathAsText(html);
    expect(out).toContain('<span class="katex-search-text">x</span>');
    expect(out).toContain('<span class="katex-search-text">e⁻ˣ</span>');
    expect(out).not.toContain('<math');
    expect(out).toContain('class="katex-html"'); // left for the indexer to skip
  });

  it('decodes the annotation’s entities and escapes the text it writes', () => {
    const out = mathAsText(katex.renderToString('a < b \\text{ \\& } c', { displayMode: true }));
    expect(out).toContain('<span class="katex-search-text">a &lt; b &amp; c</span>');
  });

  it('leaves HTML without formulas as it is', () => {
    expect(mathAsText('<p>No math here.</p>')).toBe('<p>No math here.</p>');
  });
});
