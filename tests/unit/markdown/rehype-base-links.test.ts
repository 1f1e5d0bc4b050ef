import { describe, expect, it } from 'vitest';
import { rehypeBaseLinks } from '../../../src/markdown/rehype-base-links.mjs';

/** A hast tree of one paragraph holding links to `hrefs`; returns the hrefs after the plugin ran. */
function linksAfter(base: string, hrefs: string[]): unknown[] {
  const links = hrefs.map((href) => ({ type: 'element', tagName: 'a', properties: { href }, children: [] }));
  const tree = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: links }] };
  rehypeBaseLinks({ base })(tree);
  return links.map((link) => link.properties.href);
}

describe('rehypeBaseLinks: a chapter’s site paths under the base path', () => {
  const written = ['/backpropagation/#output-weight', '#softmax', 'https://example.org/x', '//cdn.example/x', 'notation/'];

  it('prefixes only root paths', () => {
    expect(linksAfter('/learning-techniques/', written)).toEqual([
      '/learning-techniques/backpropagation/#output-weight',
      '#softmax',
      'https://example.org/x',
      '//cdn.example/x',
      'notation/',
    ]);
  });

  it('leaves every link alone at the root, and a link already under the base', () => {
    expect(linksAfter('/', written)).toEqual(written);
    expect(linksAfter('/learning-techniques/', ['/learning-techniques/perceptron/'])).toEqual(['/learning-techniques/perceptron/']);
  });
});
