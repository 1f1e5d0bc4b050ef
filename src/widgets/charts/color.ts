/**
 * Colour arithmetic for canvas drawing, pure (tests/unit/widgets/charts/color.test.ts). SVG marks
 * take their colours from CSS classes; a canvas cannot, so palette.ts resolves the theme's CSS
 * colours to RGB and these functions mix them.
 *
 * The decision map's scale is diverging: below the midpoint (class 0, p < 0.5) towards the first
 * hue, above it towards the second, through the background at the midpoint, so the boundary is where
 * the colour fades out. With the Okabe–Ito blue and orange (the theme's --c-blue, --c-orange) the two
 * sides stay distinct for the common colour-vision deficiencies, and lightness changes with |value −
 * mid| on both sides, so the map also reads in greyscale. `strength` keeps the strongest tint short
 * of the full hue so the data points drawn on top remain visible.
 */

export type Rgb = readonly [r: number, g: number, b: number];

/**
 * Parses a computed CSS colour: 'rgb(0, 114, 178)', 'rgba(…)', 'rgb(0 114 178 / 0.5)', '#0072b2',
 * '#07b', or 'color(srgb 0 0.447 0.698)'. Null for anything else.
 */
export function parseColor(text: string): Rgb | null {
  const s = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(s);
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(s);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(s);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255];
  return null;
}

/** a + t·(b − a), per channel. */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]), a[2] + t * (b[2] - a[2])];
}

export interface DivergingScale {
  /** Values at the low end, the neutral midpoint and the high end, e.g. [0, 0.5, 1] for a probability. */
  readonly domain: readonly [low: number, mid: number, high: number];
  readonly low: Rgb;
  readonly mid: Rgb;
  readonly high: Rgb;
  /** How far towards the hue the ends go, 0…1. Default 0.75. */
  readonly strength?: number;
}

/** The colour of one value; values beyond the ends take the end colour; NaN takes the midpoint. */
export function divergingColor(value: number, scale: DivergingScale): Rgb {
  const [lo, mid, hi] = scale.domain;
  const strength = scale.strength ?? 0.75;
  if (Number.isNaN(value)) return scale.mid;
  if (value >= mid) {
    const t = hi === mid ? 1 : Math.min(1, (value - mid) / (hi - mid));
    return mix(scale.mid, scale.high, t * strength);
  }
  const t = lo === mid ? 1 : Math.min(1, (mid - value) / (mid - lo));
  return mix(scale.mid, scale.low, t * strength);
}

/**
 * Fills an RGBA image (nx × ny pixels, e.g. an ImageData's data) from a row-major grid whose row 0
 * is the *lowest* y: the image's top row is the grid's last row, because canvas rows go down and the
 * plot's y goes up. Colours are looked up in a 256-entry table over the domain, not mixed per cell.
 */
export function fillImage(values: ArrayLike<number>, nx: number, ny: number, scale: DivergingScale, out: Uint8ClampedArray): void {
  if (values.length < nx * ny) throw new RangeError(`fillImage: ${values.length} values for a ${nx}×${ny} grid`);
  if (out.length < nx * ny * 4) throw new RangeError('fillImage: output too small');
  const [lo, , hi] = scale.domain;
  const steps = 256;
  const table = new Uint8ClampedArray(steps * 3);
  const mid = scale.domain[1];
  // Entry k is the colour of the value k/(steps − 1) along [lo, hi], interpolated piecewise through mid.
  for (let k = 0; k < steps; k++) {
    const c = divergingColor(lo + ((hi - lo) * k) / (steps - 1), scale);
    table.set([c[0], c[1], c[2]], k * 3);
  }
  const nanColor = scale.mid;
  for (let j = 0; j < ny; j++) {
    const row = (ny - 1 - j) * nx;
    for (let i = 0; i < nx; i++) {
      const v = values[j * nx + i];
      const o = (row + i) * 4;
      if (Number.isNaN(v)) {
        out[o] = nanColor[0];
        out[o + 1] = nanColor[1];
        out[o + 2] = nanColor[2];
      } else {
        const k = hi === lo ? (v >= mid ? steps - 1 : 0) : Math.round(((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo)) * (steps - 1));
        out[o] = table[k * 3];
        out[o + 1] = table[k * 3 + 1];
        out[o + 2] = table[k * 3 + 2];
      }
      out[o + 3] = 255;
    }
  }
}
