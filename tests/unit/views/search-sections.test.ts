import { describe, expect, it } from 'vitest';
import { bestHit, type PagefindSubResult } from '../../../src/views/search-sections';

const part = (title: string, id: string | undefined, scores: number[]): PagefindSubResult => ({
  title,
  url: `/optimizers/${id ? `#${id}` : ''}`,
  excerpt: `… ${title} …`,
  anchor: id ? { id, element: 'h3' } : undefined,
  weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
});
const page = (subResults: PagefindSubResult[]) => ({ url: '/optimizers/', excerpt: 'page excerpt', meta: { title: 'Optimizers' }, sub_results: subResults });

describe('bestHit(page): the section a search result links to', () => {
  it('is the section whose matches score highest in total, with its excerpt', () => {
    // momentum: 2 matches × 500 = 1000 > the stability limit: 1 × 900.
    const hit = bestHit(page([part('Optimizers', undefined, [100]), part('The stability limit', 'the-stability-limit', [900]), part('Momentum', 'momentum', [500, 500])]));
    expect(hit).toEqual({ url: '/optimizers/#momentum', title: 'Optimizers › Momentum', excerpt: '… Momentum …' });
  });

  it('takes the earlier section on a tie', () => {
    expect(bestHit(page([part('Momentum', 'momentum', [500]), part('Adam', 'adam', [500])])).url).toBe('/optimizers/#momentum');
  });

  it('is the page itself, titled alone, when the match is above the first heading', () => {
    expect(bestHit(page([part('Optimizers', undefined, [300]), part('Adam', 'adam', [])]))).toEqual({
      url: '/optimizers/',
      title: 'Optimizers',
      excerpt: '… Optimizers …',
    });
  });

  it('is the page with its own excerpt when Pagefind reports no sections', () => {
    expect(bestHit({ url: '/glossary/', excerpt: 'x', meta: {} })).toEqual({ url: '/glossary/', title: '/glossary/', excerpt: 'x' });
  });
});
