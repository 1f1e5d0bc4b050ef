import { describe, expect, it } from 'vitest';
import { sectionInView, twinHref, twinSectionIds } from '../../../src/layouts/twin-place';

const h = (depth: number, slug: string) => ({ depth, slug });

describe('twinSectionIds(own, twin)', () => {
  // Chapter 5's "## Gradient descent" has two ### in both languages; their ids come from their text.
  const en = [h(2, 'lineage'), h(2, 'gradient-descent'), h(3, 'the-seminars-three-learning-rates-computed'), h(3, 'the-stability-limit'), h(2, 'sgd'), h(3, 'mini-batches')];
  const ko = [h(2, 'lineage'), h(2, 'gradient-descent'), h(3, '세미나의-세-학습률을-직접-계산하기'), h(3, '안정성의-한계'), h(2, 'sgd'), h(3, '미니배치')];

  it('maps each ### to the ### at the same position under the same ## section', () => {
    expect(twinSectionIds(en, ko)).toEqual({
      'the-seminars-three-learning-rates-computed': '세미나의-세-학습률을-직접-계산하기',
      'the-stability-limit': '안정성의-한계',
      'mini-batches': '미니배치',
    });
    expect(twinSectionIds(ko, en)['안정성의-한계']).toBe('the-stability-limit');
  });

  it('leaves out the ## ids, which the twins share', () => {
    expect(Object.keys(twinSectionIds(en, ko))).not.toContain('gradient-descent');
  });

  it('falls back to the ## section when the twins have a different number of ### under it', () => {
    const koShort = [h(2, 'lineage'), h(2, 'gradient-descent'), h(3, '안정성의-한계'), h(2, 'sgd'), h(3, '미니배치')];
    expect(twinSectionIds(en, koShort)).toEqual({
      'the-seminars-three-learning-rates-computed': 'gradient-descent',
      'the-stability-limit': 'gradient-descent',
      'mini-batches': '미니배치',
    });
  });

  it('leaves out a heading whose section the twin lacks', () => {
    expect(twinSectionIds([h(2, 'extra'), h(3, 'a')], [h(2, 'other'), h(3, 'b')])).toEqual({});
  });
});

describe('sectionInView(headings, viewportHeight)', () => {
  const headings = [{ id: 'a', top: -900 }, { id: 'b', top: -20 }, { id: 'c', top: 250 }, { id: 'd', top: 700 }];
  it('is the last heading above the upper third of the viewport', () => {
    // 900 / 3 = 300: c (250) is in the upper third, d (700) is not.
    expect(sectionInView(headings, 900)).toBe('c');
    expect(sectionInView(headings, 600)).toBe('b');
  });
  it('is undefined above the first heading', () => {
    expect(sectionInView([{ id: 'a', top: 500 }], 900)).toBeUndefined();
  });
});

describe('twinHref(base, search, place, twinIds)', () => {
  it('carries the query (the widgets’ state) and the place, mapped to the twin’s id', () => {
    expect(twinHref('/ko/optimizers/', '?gd.lr=0.13', 'the-stability-limit', { 'the-stability-limit': '안정성의-한계' })).toBe(
      `/ko/optimizers/?gd.lr=0.13#${encodeURIComponent('안정성의-한계')}`,
    );
  });
  it('keeps a shared id as it is', () => {
    expect(twinHref('/ko/backpropagation/', '?backprop-stepper.step=9', 'worked-example', {})).toBe('/ko/backpropagation/?backprop-stepper.step=9#worked-example');
  });
  it('is the bare twin path at the top of a page with no state', () => {
    expect(twinHref('/optimizers/', '', undefined, {})).toBe('/optimizers/');
  });
});
