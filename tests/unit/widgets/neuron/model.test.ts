import { describe, expect, it } from 'vitest';
import { defaults } from '../../../../src/widgets/kit/url-state';
import { dragHandle, neuronModel } from '../../../../src/widgets/neuron/model';
import { NEURON_TABLE } from '../../../../src/widgets/neuron/state';

const start = { ...defaults(NEURON_TABLE), drag: null };

describe('neuronModel(state)', () => {
  it('the defaults (w = (1, 1), b = −1.5, x = (1, 1)) are AND: net = 1 + 1 − 1.5 = 0.5, y = 1', () => {
    const model = neuronModel(start);
    expect(model.net).toBe(0.5);
    expect(model.y).toBe(1);
    // (0,0): −1.5 → 0; (0,1), (1,0): −0.5 → 0; (1,1): 0.5 → 1
    expect(model.pattern).toEqual([0, 0, 0, 1]);
    expect(model.gate).toBe('AND');
    expect(model.lineNote).toBeNull();
  });

  it('cuts the plane in two along x₁ + x₂ = 1.5: the part with (1.5, 1.5) outputs 1, the part with (−0.5, −0.5) 0', () => {
    const { regions } = neuronModel(start);
    expect(regions).toHaveLength(2);
    const holding = (x: number, y: number) => regions.find((r) => r.polygon.some(([a, b]) => a === x && b === y))!;
    expect(holding(1.5, 1.5).cls).toBe(1);
    expect(holding(-0.5, -0.5).cls).toBe(0);
  });

  it('puts the handles a quarter and three quarters along the visible line, (0, 1.5)–(1.5, 0)', () => {
    const { handles, shownHandles } = neuronModel(start);
    // The segment's ends in either order; the handles are at (0.375, 1.125) and (1.125, 0.375).
    const xs = handles!.map((p) => p[0]).sort();
    expect(xs[0]).toBeCloseTo(0.375, 12);
    expect(xs[1]).toBeCloseTo(1.125, 12);
    expect(shownHandles![0][0]).toBeCloseTo(handles![0][0], 12);
  });

  it('w = 0 is no line: one region, every output step(b)', () => {
    // net = b = 0.5 everywhere → 1
    const model = neuronModel({ ...start, w1: 0, w2: 0, b: 0.5 });
    expect(model.lineNote).toBe('no-line');
    expect(model.regions).toHaveLength(1);
    expect(model.regions[0].cls).toBe(1);
    expect(model.pattern).toEqual([1, 1, 1, 1]);
    expect(model.handles).toBeNull();
  });

  it('a line beyond the plane (b = 5: net ≥ −0.5 − 0.5 + 5 = 4 on the whole plane) is noted, with no handles', () => {
    const model = neuronModel({ ...start, b: 5 });
    expect(model.lineNote).toBe('off-plane');
    expect(model.handles).toBeNull();
    expect(model.pattern).toEqual([1, 1, 1, 1]);
  });
});

describe('dragHandle(model, k, p)', () => {
  it('moving the handles to (0, 0.5) and (0.5, 0) makes the OR line x₁ + x₂ − 0.5 = 0 and keeps them there', () => {
    // The second handle moves first; the first then follows.
    const first = dragHandle(neuronModel(start), 1, [0.5, 0])!;
    const afterFirst = neuronModel({ ...start, ...first, drag: first.drag });
    const second = dragHandle(afterFirst, 0, [0, 0.5])!;
    // Through (0, 0.5) and (0.5, 0), |w| kept at |(1, 1)| = √2, on AND's side: w = (1, 1), b = −0.5.
    expect({ w1: second.w1, w2: second.w2, b: second.b }).toEqual({ w1: 1, w2: 1, b: -0.5 });
    const model = neuronModel({ ...start, ...second, drag: second.drag });
    expect(model.handles).toEqual([
      [0, 0.5],
      [0.5, 0],
    ]);
    expect(model.gate).toBe('OR');
  });

  it('keeps a dragged handle inside the plane: (3, −2) becomes (1.5, −0.5)', () => {
    const moved = dragHandle(neuronModel(start), 1, [3, -2])!;
    expect(moved.drag.handles[1]).toEqual([1.5, -0.5]);
  });

  it('the drag is forgotten once the line changes another way: the handles go back to their defaults', () => {
    const moved = dragHandle(neuronModel(start), 1, [0.5, 0])!;
    const dragged = { ...start, ...moved, drag: moved.drag };
    expect(neuronModel(dragged).handles![1]).toEqual([0.5, 0]);
    // A slider sets b (the drag stays in the state but no longer matches the line): the line
    // w₁x₁ + w₂x₂ − 1 = 0 crosses the plane between two of its corners, and the handles sit a quarter
    // and three quarters along it — wherever the drag had left them.
    const slid = neuronModel({ ...dragged, b: -1 });
    const { w1, w2 } = slid.line;
    expect(slid.handles).toEqual(neuronModel({ ...start, w1, w2, b: -1 }).handles);
    expect(slid.handles).not.toContainEqual([0.5, 0]);
  });

  it('refuses handles closer than 0.1 (no line through them): null', () => {
    const model = neuronModel(start);
    expect(dragHandle(model, 1, model.handles![0])).toBeNull();
  });

  it('does nothing where there are no handles (w = 0)', () => {
    expect(dragHandle(neuronModel({ ...start, w1: 0, w2: 0 }), 0, [0, 0])).toBeNull();
  });
});
