/**
 * The rows of a sum built term by term (charts/sum-bars.ts draws them), pure: each term's bar runs
 * from the running total before it to the total after it; the last row is the total, from 0.
 */
export interface SumTerm {
  readonly id: string;
  /** Written left of the row, e.g. 'w₁x₁'. */
  readonly label: string;
  readonly value: number;
}

export interface SumBarsData {
  readonly terms: readonly SumTerm[];
  /** The last row: the total of the terms, e.g. 'net'. */
  readonly totalLabel: string;
}

export interface SumRow {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly from: number;
  readonly to: number;
  readonly total: boolean;
}

/** The rows: each term from the running total before it to the one after; then the total from 0. */
export function sumRows(data: SumBarsData): SumRow[] {
  const rows: SumRow[] = [];
  let at = 0;
  for (const term of data.terms) {
    rows.push({ id: term.id, label: term.label, value: term.value, from: at, to: at + term.value, total: false });
    at += term.value;
  }
  rows.push({ id: 'total', label: data.totalLabel, value: at, from: 0, to: at, total: true });
  return rows;
}

