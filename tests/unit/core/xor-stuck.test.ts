import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countStuckXorRuns, runXor } from '../../../src/core';
import { createLoop } from '../../../src/widgets/training-loop/model';
import { LOOP_TABLE, MAX_EPOCHS, DEFAULT_SEED, STUCK_SEED, layerSizes } from '../../../src/widgets/training-loop/state';
import { defaults } from '../../../src/widgets/kit/url-state';

const widget = defaults(LOOP_TABLE);
const SETUP = { sizes: layerSizes(widget.arch), eta: widget.eta, tolerance: widget.tol, maxEpochs: MAX_EPOCHS };

describe('runXor (the training-loop widget’s run, without the widget)', () => {
  it('the default seed reaches E ≤ 0.01 at epoch 846, as state.ts says', () => {
    expect(runXor(SETUP, DEFAULT_SEED).reachedAt).toBe(846);
  });

  it('the stuck seed ends on the plateau: E just above 1/16 (two points at 0.5) after the cap', () => {
    const run = runXor(SETUP, STUCK_SEED);
    expect(run.reachedAt).toBeNull();
    // The floor 1/16 = 0.0625 is approached, never passed: ¼ · 2 · ½ · 0.5² = 1/16.
    expect(run.loss).toBeGreaterThan(1 / 16);
    expect(run.loss - 1 / 16).toBeLessThan(1e-3);
  });

  it('agrees with the widget’s own loop, seed by seed', () => {
    for (let seed = 0; seed < 8; seed++) {
      const loop = createLoop({ arch: widget.arch, seed, eta: widget.eta, tol: widget.tol });
      let epoch = 0;
      let loss = Number.POSITIVE_INFINITY;
      do loss = loop.step();
      while (!loop.isDone(loss, ++epoch));
      const run = runXor(SETUP, seed);
      expect(run.reachedAt, `seed ${seed}`).toBe(loss <= widget.tol ? epoch : null);
    }
  });
});

describe('countStuckXorRuns', () => {
  it('counts the seeds that never reach the tolerance (seeds 0–9: 2, 7 and 9)', () => {
    const count = countStuckXorRuns({ ...SETUP, seeds: 10 });
    expect(count.stuckSeeds).toEqual([2, 7, 9]);
    expect(count.stuck + count.reached).toBe(10);
    // Seed 7 ends with three points sharing an output near 2/3: E → 1/12.
    expect(count.stuckLosses[1]).toBeCloseTo(1 / 12, 2);
  });

  it('chapter 1 measures the widget’s default setup, in both languages', () => {
    const setup = `sizes: [${SETUP.sizes.join(', ')}], eta: ${SETUP.eta}, tolerance: ${SETUP.tolerance}, maxEpochs: ${SETUP.maxEpochs}`;
    for (const lang of ['en', 'ko']) {
      const source = readFileSync(join(import.meta.dirname, `../../../content/${lang}/perceptron.mdx`), 'utf8');
      expect(source, lang).toContain(`countStuckXorRuns({ ${setup}, seeds: `);
    }
  });
});
