import { describe, expect, it } from 'vitest';
import { divergingColor, fillImage, mix, parseColor, type DivergingScale } from '../../../../src/widgets/charts/color';

describe('parseColor(css)', () => {
  it.each([
    ['rgb(0, 114, 178)', [0, 114, 178]],
    ['rgba(0, 114, 178, 0.5)', [0, 114, 178]],
    ['rgb(0 114 178 / 0.5)', [0, 114, 178]],
    ['#0072b2', [0, 114, 178]],
    ['#07b', [0, 119, 187]],
    ['color(srgb 0 0.5 1)', [0, 127.5, 255]],
  ])('parseColor(%j)', (css, rgb) => {
    expect(parseColor(css)).toEqual(rgb);
  });

  it('null for what it cannot read', () => {
    expect(parseColor('light-dark(#fff, #000)')).toBeNull();
    expect(parseColor('')).toBeNull();
  });
});

// Okabe–Ito blue and orange on a white background, as resolved from the light theme.
const blue = [0, 114, 178] as const;
const orange = [198, 83, 0] as const;
const white = [255, 255, 255] as const;
const scale: DivergingScale = { domain: [0, 0.5, 1], low: blue, mid: white, high: orange, strength: 1 };

describe('divergingColor(value, scale)', () => {
  it('is the background at the midpoint and the hues at the ends', () => {
    expect(divergingColor(0.5, scale)).toEqual(white);
    expect(divergingColor(0, scale)).toEqual(blue);
    expect(divergingColor(1, scale)).toEqual(orange);
  });

  it('is halfway at a quarter: mix(white, blue, 0.5)', () => {
    expect(divergingColor(0.25, scale)).toEqual(mix(white, blue, 0.5));
  });

  it('clamps beyond the ends, and NaN is the midpoint', () => {
    expect(divergingColor(-3, scale)).toEqual(blue);
    expect(divergingColor(7, scale)).toEqual(orange);
    expect(divergingColor(NaN, scale)).toEqual(white);
  });

  it('strength stops short of the full hue', () => {
    expect(divergingColor(1, { ...scale, strength: 0.5 })).toEqual(mix(white, orange, 0.5));
  });

  it('lightness falls on both sides of the midpoint (readable in greyscale)', () => {
    const luma = ([r, g, b]: readonly number[]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
    expect(luma(divergingColor(0.4, scale))).toBeGreaterThan(luma(divergingColor(0.1, scale)));
    expect(luma(divergingColor(0.6, scale))).toBeGreaterThan(luma(divergingColor(0.9, scale)));
  });
});

describe('fillImage(values, nx, ny, scale, out)', () => {
  it('puts grid row 0 (lowest y) in the image\'s bottom row', () => {
    // 2 × 2 grid: row 0 = [0, 0] (blue), row 1 = [1, 1] (orange)
    const out = new Uint8ClampedArray(2 * 2 * 4);
    fillImage([0, 0, 1, 1], 2, 2, scale, out);
    expect(Array.from(out.slice(0, 4))).toEqual([...orange, 255]); // top-left pixel
    expect(Array.from(out.slice(8, 12))).toEqual([...blue, 255]); // bottom-left pixel
  });

  it('paints NaN as the midpoint and is opaque everywhere', () => {
    const out = new Uint8ClampedArray(4);
    fillImage([NaN], 1, 1, scale, out);
    expect(Array.from(out)).toEqual([...white, 255]);
  });

  it('refuses a grid shorter than nx × ny', () => {
    expect(() => fillImage([1, 2, 3], 2, 2, scale, new Uint8ClampedArray(16))).toThrow(RangeError);
  });
});
