import { describe, expect, it } from 'vitest';
import { bucketSize, createDecimator, decimateIndices } from '../../../../src/widgets/charts/decimate';

describe('bucketSize(length, maxBuckets)', () => {
  it.each([
    [10, 100, 1],
    [100, 100, 1],
    [101, 100, 2],
    [10_000, 300, 64], // ⌈10000/32⌉ = 313 > 300, ⌈10000/64⌉ = 157
    [0, 10, 1],
  ])('bucketSize(%d, %d) is %d', (length, maxBuckets, size) => {
    expect(bucketSize(length, maxBuckets)).toBe(size);
  });
});

describe('decimateIndices(values, length, maxBuckets)', () => {
  it('keeps a short series whole', () => {
    expect(Array.from(decimateIndices([5, 4, 3], 3, 10))).toEqual([0, 1, 2]);
  });

  it('counts only the first `length` values of a preallocated array', () => {
    expect(Array.from(decimateIndices(new Float64Array(100), 3, 10))).toEqual([0, 1, 2]);
  });

  it('keeps first, min, max and last of each bucket, in order, at most 4 per bucket', () => {
    const n = 10_000;
    const values = Float64Array.from({ length: n }, (_, i) => Math.sin(i / 50) + (i === 6789 ? 40 : 0) - (i === 1234 ? 40 : 0));
    const idx = decimateIndices(values, n, 100);
    expect(idx.length).toBeLessThanOrEqual(400);
    expect(idx[0]).toBe(0);
    expect(idx[idx.length - 1]).toBe(n - 1); // the latest value is always drawn
    expect(Array.from(idx)).toContain(6789); // the spike
    expect(Array.from(idx)).toContain(1234); // the dip
    for (let k = 1; k < idx.length; k++) expect(idx[k]).toBeGreaterThan(idx[k - 1]);
  });

  it('keeps the envelope: min and max of the kept points equal those of the series', () => {
    const values = Float64Array.from({ length: 5000 }, (_, i) => ((i * 7919) % 1000) / 1000);
    const idx = decimateIndices(values, values.length, 50);
    const kept = Array.from(idx, (i) => values[i]);
    expect(Math.min(...kept)).toBe(Math.min(...values));
    expect(Math.max(...kept)).toBe(Math.max(...values));
  });

  it('keeps a NaN where it falls (the line breaks there) but never picks it as min or max', () => {
    const values = Float64Array.from({ length: 1000 }, (_, i) => (i === 500 ? NaN : i));
    const idx = Array.from(decimateIndices(values, 1000, 10));
    expect(idx).toContain(500);
    expect(idx).toContain(999);
  });
});

describe('createDecimator()', () => {
  it('gives what decimateIndices gives, frame after frame, while the series grows', () => {
    const values = new Float64Array(20_000);
    const decimate = createDecimator();
    let n = 0;
    for (let frame = 0; frame < 200; frame++) {
      for (let k = 0; k < 97; k++, n++) values[n] = Math.sin(n / 30) * Math.exp(-n / 5000) + (n % 777 === 0 ? NaN : 0);
      expect(Array.from(decimate(values, n, 150))).toEqual(Array.from(decimateIndices(values, n, 150)));
    }
  });

  it('starts over on a new array or a shorter length (a reset)', () => {
    const decimate = createDecimator();
    const a = Float64Array.from({ length: 1000 }, (_, i) => i);
    decimate(a, 1000, 10);
    const b = Float64Array.from({ length: 1000 }, (_, i) => -i);
    expect(Array.from(decimate(b, 1000, 10))).toEqual(Array.from(decimateIndices(b, 1000, 10)));
    b[3] = 99; // rewritten after a reset to length 5
    expect(Array.from(decimate(b, 5, 10))).toEqual([0, 1, 2, 3, 4]);
  });
});
