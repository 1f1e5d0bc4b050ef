/**
 * Tick labels short enough for a phone's margin, for axes that reach millions (MSE on the chapter's
 * targets: 2000² = 4,000,000; Huber's ½r²). Thousands as k, millions as M, three significant digits,
 * no trailing zeros, the true minus sign: 80000 → '80k', 2500000 → '2.5M', 150 → '150', −400 → '−400'.
 */
export function compactTick(value: number): string {
  const size = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  if (size >= 1e6) return `${sign}${Number((size / 1e6).toPrecision(3))}M`;
  if (size >= 1e3) return `${sign}${Number((size / 1e3).toPrecision(3))}k`;
  return `${sign}${Number(size.toPrecision(3))}`;
}
