import { describe, expect, it } from 'vitest';
import { labelSize, LABEL_SCALE, MIN_LABEL_PX } from '../../../src/lectures/diagram-text';

describe('a diagram label on a slide', () => {
  it('is set just large enough to reach the floor at the drawing’s scale', () => {
    // A 12-unit tick label in a drawing scaled 1.5×: drawn at 12 × 1.5 = 18 px. To reach 24 px it needs
    // 24 / 1.5 = 16 units.
    expect(labelSize(12, 1.5, 24)).toBe(16);
    // A 14-unit label at scale 1.25 is 17.5 px: it needs 24 / 1.25 = 19.2 units.
    expect(labelSize(14, 1.25, 24)).toBeCloseTo(19.2, 12);
  });

  it('keeps its own size when that already reaches the floor', () => {
    // Σ at 22 units, scale 1.2: 26.4 px ≥ 24 px.
    expect(labelSize(22, 1.2, 24)).toBeNull();
    expect(labelSize(16, 1.5, 24)).toBeNull(); // exactly 24 px
  });

  it('is left alone while the drawing has no scale (not laid out)', () => {
    expect(labelSize(12, 0, 24)).toBeNull();
    expect(labelSize(12, Number.NaN, 24)).toBeNull();
  });

  it('has a floor of 24 px on a 720-line screen, where a slide’s text is 720 / 21 px', () => {
    expect(Math.max(MIN_LABEL_PX, LABEL_SCALE * (720 / 21))).toBeCloseTo(24, 0);
    // On a 1080-line screen the floor grows with the slide's text (51.4 px × 0.7 = 36 px).
    expect(Math.max(MIN_LABEL_PX, LABEL_SCALE * (1080 / 21))).toBeCloseTo(36, 0);
  });
});
