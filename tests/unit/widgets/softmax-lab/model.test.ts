import { describe, expect, it } from 'vitest';
import { defaults } from '../../../../src/widgets/kit/url-state';
import { softmaxLab } from '../../../../src/widgets/softmax-lab/model';
import { SOFTMAX_TABLE, type SoftmaxState } from '../../../../src/widgets/softmax-lab/state';

const state = (patch: Partial<SoftmaxState> = {}): SoftmaxState => ({ ...defaults(SOFTMAX_TABLE), ...patch });

describe('softmax lab model', () => {
  it('defaults: the chapter’s z = (2, 1, 0.1): e^2 = 7.3891, sum 11.2125, y = (0.6590, 0.2424, 0.0986)', () => {
    const lab = softmaxLab(state());
    expect(lab.K).toBe(3);
    expect(lab.naive.exps[0]).toBeCloseTo(7.3891, 4);
    expect(lab.naive.sum).toBeCloseTo(7.3891 + 2.7183 + 1.1052, 3);
    [0.659, 0.2424, 0.0986].forEach((p, k) => expect(lab.stable.probabilities[k]).toBeCloseTo(p, 4));
    // The chapter's max-subtracted sum: z − 2 = (0, −1, −1.9) → 1 + 0.3679 + 0.1496 = 1.5174.
    expect(lab.stable.sum).toBeCloseTo(1.5174, 4);
    expect(lab.overflowed).toBe(false);
  });

  it('K = 4 and 5 take the next logits; j is brought within K', () => {
    expect(softmaxLab(state({ k: 5 })).logits).toEqual([2, 1, 0.1, -1, 0.5]);
    expect(softmaxLab(state({ k: 3, j: 5 })).j).toBe(3);
  });

  it('c = 1000: the literal form is NaN (e^1002 = ∞), the stable one equals c = 0', () => {
    const lab = softmaxLab(state({ c: 1000 }));
    expect(lab.naive.exps[0]).toBe(Infinity);
    expect(lab.overflowed).toBe(true);
    expect(lab.maxLogit).toBe(1002);
    [0.659, 0.2424, 0.0986].forEach((p, k) => expect(lab.stable.probabilities[k]).toBeCloseTo(p, 4));
    // z + c rounds to a double near 1000 (spacing 1.1e-13): the change is rounding only.
    expect(lab.shiftChange).toBeLessThan(1e-12);
  });

  it('c = 700 with T = 1 is still finite (e^702 < 1.8×10³⁰⁸); T = 0.5 doubles the exponent past 709.78', () => {
    expect(softmaxLab(state({ c: 700 })).overflowed).toBe(false);
    expect(softmaxLab(state({ c: 700, t: 0.5 })).overflowed).toBe(true);
  });

  it('T = 2 on (1, 2, 3): (0.1863, 0.3072, 0.5065)', () => {
    const lab = softmaxLab(state({ z1: 1, z2: 2, z3: 3, t: 2 }));
    [0.1863, 0.3072, 0.5065].forEach((p, k) => expect(lab.stable.probabilities[k]).toBeCloseTo(p, 4));
  });
});
