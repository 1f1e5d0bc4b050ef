/**
 * Loss-axis tick labels short enough for a phone's margin: MSE on the chapter's targets reaches
 * millions (2000² = 4,000,000). Thousands as k, millions as M, three significant digits, no trailing
 * zeros: 80000 → '80k', 2500000 → '2.5M', 150 → '150'. (Ticks are never negative here.)
 */
export function compactTick(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e6) return `${Number((v / 1e6).toPrecision(3))}M`;
  if (a >= 1e3) return `${Number((v / 1e3).toPrecision(3))}k`;
  return String(Number(v.toPrecision(3)));
}
