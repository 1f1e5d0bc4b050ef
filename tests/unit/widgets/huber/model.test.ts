import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { compactTick } from '../../../../src/widgets/charts/compact-tick';
import { formatGrouped, formatLive } from '../../../../src/widgets/huber/format';
import { huberFormula } from '../../../../src/widgets/huber/formulas';
import { chapterTable, curves, domains, formulaValues, reading } from '../../../../src/widgets/huber/model';
import { CHAPTER_RESIDUALS, HUBER_TABLE, R_MAX } from '../../../../src/widgets/huber/state';
import { finishLiveHtml, liveLatex, livePlaceholders, trustLiveData } from '../../../../src/widgets/kit/live-formula-tex';
import { defaults, parse } from '../../../../src/widgets/kit/url-state';

describe('reading(r, δ): the three losses and their slopes', () => {
  it('the default, r = 150 at δ = 100: the linear case, 10,000 against ½r² = 11,250 and δ|r| = 15,000', () => {
    // 100 · (150 − 50) = 10,000; ½ · 22,500 = 11,250; 100 · 150 = 15,000 = 10,000 + ½ · 100².
    expect(defaults(HUBER_TABLE)).toEqual({ r: 150, delta: 100 });
    expect(reading(150, 100)).toEqual({ quadratic: false, huber: 10_000, squared: 11_250, absolute: 15_000, grad: 100, gradSquared: 150, gradAbsolute: 100 });
  });

  it('r = −60 at δ = 100: the quadratic case, Huber equals ½r² = 1,800 and its slope is r = −60', () => {
    expect(reading(-60, 100)).toEqual({ quadratic: true, huber: 1_800, squared: 1_800, absolute: 6_000, grad: -60, gradSquared: -60, gradAbsolute: -100 });
  });

  it('outside ±δ Huber runs ½δ² under δ|r|: at δ = 7, r = −500 → 3,500 − 24.5 = 3,475.5', () => {
    const { huber, absolute } = reading(-500, 7);
    expect(absolute - huber).toBe(24.5);
    expect(huber).toBe(3475.5);
  });

  it('formulaValues carries r, δ, L_δ(r) and its slope: the names the formula uses', () => {
    expect(formulaValues(1700, 100)).toEqual({ r: 1700, delta: 100, loss: 165_000, grad: 100 });
    for (const which of ['quadratic', 'linear'] as const) {
      const names = new Set(livePlaceholders(huberFormula(which)).map((p) => p.name));
      expect([...names].sort()).toEqual(['delta', 'grad', 'loss', 'r']);
    }
  });
});

describe('huberFormula(case): what components/Huber.astro typesets', () => {
  it('both cases typeset with KaTeX, the numbers grouped: r = 1700, δ = 100 → 165,000', () => {
    for (const which of ['quadratic', 'linear'] as const) {
      const tex = huberFormula(which);
      const html = katex.renderToString(liveLatex(tex), { displayMode: true, trust: trustLiveData, strict: 'ignore', throwOnError: true });
      const out = finishLiveHtml(html, tex, formulaValues(1700, 100), formatLive);
      expect(out).toContain('>165,000</span>');
      expect(out).toContain('>1,700</span>');
    }
  });
});

describe('chapterTable(δ): the chapter’s residuals', () => {
  it('δ = 100: L_δ = 10,000, 50, 1,800, 165,000 (sum 176,850); ½r² = 11,250, 50, 1,800, 1,445,000 (sum 1,458,100)', () => {
    const table = chapterTable(100);
    expect(table.rows.map((row) => row.r)).toEqual([...CHAPTER_RESIDUALS]);
    expect(table.rows.map((row) => row.huber)).toEqual([10_000, 50, 1_800, 165_000]);
    expect(table.rows.map((row) => row.squared)).toEqual([11_250, 50, 1_800, 1_445_000]);
    // 10,000 + 50 + 1,800 + 165,000 = 176,850; 11,250 + 50 + 1,800 + 1,445,000 = 1,458,100.
    expect(table.totalHuber).toBe(176_850);
    expect(table.totalSquared).toBe(1_458_100);
  });

  it('δ = 2000 (beyond every residual): Huber is ½r² for all four', () => {
    const table = chapterTable(2000);
    for (const row of table.rows) expect(row.huber).toBe(row.squared);
  });
});

describe('curves(δ) and domains(δ)', () => {
  it('samples −R_MAX … R_MAX with ±δ exactly, where both pieces give ½δ²', () => {
    const c = curves(100);
    expect(c.huber.xs[0]).toBe(-R_MAX);
    expect(c.huber.xs[c.huber.xs.length - 1]).toBe(R_MAX);
    const k = c.huber.xs.indexOf(100);
    expect(k).toBeGreaterThan(0);
    expect(c.huber.ys[k]).toBe(5_000);
    for (let i = 1; i < c.huber.xs.length; i++) expect(c.huber.xs[i]).toBeGreaterThan(c.huber.xs[i - 1]);
  });

  it('½r² and r stop at the plots’ edges: at δ = 100, ½r² = 216,000 at |r| = √432,000 ≈ 657, r at ±440', () => {
    const c = curves(100);
    const { loss, grad } = domains(100);
    expect(Math.max(...c.squared.ys)).toBeCloseTo(loss[1], 6);
    expect(c.squared.xs[0]).toBeCloseTo(-Math.sqrt(432_000), 9);
    expect(Array.from(c.gradSquared.ys)).toEqual([-grad[1], grad[1]]);
  });

  it('δ·sign(r) is drawn in two pieces, broken at 0', () => {
    const { xs, ys } = curves(3).gradAbsolute;
    expect(Array.from(ys.slice(0, 2))).toEqual([-3, -3]);
    expect(ys[2]).toBeNaN();
    expect(Array.from(ys.slice(3))).toEqual([3, 3]);
    expect(xs[1]).toBe(0);
  });

  it('depend on δ only: the loss plot reaches above δ·R_MAX, the slope plot ±4δ (at most ±R_MAX) with room', () => {
    const { loss, grad } = domains(100);
    expect(loss[1]).toBeGreaterThan(100 * R_MAX);
    expect(grad[1]).toBeCloseTo(440, 9);
    expect(domains(1000).grad[1]).toBeCloseTo(1.1 * R_MAX, 9);
  });
});

describe('URL state', () => {
  it('reads huber.r and huber.delta, and refuses a mangled δ with a notice entry', () => {
    expect(parse(new URLSearchParams('huber.r=-60&huber.delta=50'), 'huber', HUBER_TABLE).state).toEqual({ r: -60, delta: 50 });
    const bad = parse(new URLSearchParams('huber.delta=abc&huber.r=2.5'), 'huber', HUBER_TABLE);
    expect(bad.state).toEqual({ r: 150, delta: 100 });
    expect(bad.ignored).toHaveLength(2);
    expect(parse(new URLSearchParams('huber.delta=0'), 'huber', HUBER_TABLE).ignored).toHaveLength(1);
  });
});

describe('formatting', () => {
  it('groups thousands as the chapter does, at most one decimal, the true minus sign', () => {
    expect(formatGrouped(165_000)).toBe('165,000');
    expect(formatGrouped(1_445_000)).toBe('1,445,000');
    expect(formatGrouped(11_250.5)).toBe('11,250.5');
    expect(formatGrouped(-60)).toBe('−60');
    expect(formatGrouped(50)).toBe('50');
    expect(formatGrouped(-0.01)).toBe('0');
  });

  it('the live formula: the same grouping, a negative in parentheses where the template asks', () => {
    expect(formatLive('loss', 1_498_000.5, 1, false)).toBe('1,498,000.5');
    expect(formatLive('r', -1999, 0, true)).toBe('(−1,999)');
    expect(formatLive('r', -1999, 0, false)).toBe('−1,999');
  });

  it('ticks: 200000 → 200k, 2000000 → 2M, −400 → −400', () => {
    expect(compactTick(200_000)).toBe('200k');
    expect(compactTick(2_000_000)).toBe('2M');
    expect(compactTick(-400)).toBe('−400');
  });
});
