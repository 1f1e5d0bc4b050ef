/**
 * Geometry and styling decisions of the network diagram, pure
 * (tests/unit/widgets/charts/network-layout.test.ts).
 *
 * Ids: unit j of layer l is `u{l}.{j}`; the edge from unit i of layer l − 1 to unit j of layer l is
 * `e{l}.{i}.{j}` (layer 0 is the input). Weights follow the core's convention: layer l's matrix has
 * one row per unit of layer l and one column per unit of layer l − 1, row-major, so the edge's weight
 * is `weights[l − 1][j · inputs + i]` (W[j][i] connects input i to unit j).
 *
 * Layers are columns from left to right; each column's units are spread evenly and centred, so a
 * 2-3-1 network is symmetric about the middle line.
 */

export interface UnitLayout {
  readonly id: string;
  readonly layer: number;
  readonly index: number;
  readonly x: number;
  readonly y: number;
}

export interface EdgeLayout {
  readonly id: string;
  /** The layer the edge enters (1 … layers − 1). */
  readonly layer: number;
  /** Unit index in layer − 1. */
  readonly from: number;
  /** Unit index in layer. */
  readonly to: number;
  readonly source: string;
  readonly target: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface NetworkLayout {
  readonly units: UnitLayout[];
  readonly edges: EdgeLayout[];
  /** Radius of a unit circle, in the same units as x and y. */
  readonly radius: number;
}

export interface LayoutBox {
  readonly width: number;
  readonly height: number;
  /** Space kept clear around the drawing (labels), default 0.1 × the smaller side. */
  readonly padding?: number;
  /** Space above and below, when it differs (labels over and under the units); default `padding`. */
  readonly paddingY?: number;
}

export const unitId = (layer: number, index: number): string => `u${layer}.${index}`;
export const edgeId = (layer: number, from: number, to: number): string => `e${layer}.${from}.${to}`;

export function layoutNetwork(layers: readonly number[], box: LayoutBox): NetworkLayout {
  if (layers.length < 1 || layers.some((n) => !(Number.isInteger(n) && n > 0))) {
    throw new RangeError(`network layout: layers must be positive integers, got [${layers.join(', ')}]`);
  }
  const pad = box.padding ?? 0.1 * Math.min(box.width, box.height);
  const innerW = Math.max(0, box.width - 2 * pad);
  const innerH = Math.max(0, box.height - 2 * (box.paddingY ?? pad));
  const most = Math.max(...layers);
  const rowGap = most > 1 ? innerH / (most - 1) : innerH;
  const colGap = layers.length > 1 ? innerW / (layers.length - 1) : innerW;
  // Circles fill at most 40 % of the gap between neighbours, so edges stay visible between them.
  const radius = Math.max(4, Math.min(0.4 * (most > 1 ? rowGap : innerH), 0.25 * (layers.length > 1 ? colGap : innerW), 40));

  const units: UnitLayout[] = [];
  layers.forEach((n, layer) => {
    const x = layers.length > 1 ? pad + layer * colGap : box.width / 2;
    for (let index = 0; index < n; index++) {
      const y = box.height / 2 + (index - (n - 1) / 2) * rowGap;
      units.push({ id: unitId(layer, index), layer, index, x, y });
    }
  });

  const at = (layer: number, index: number) => units[layers.slice(0, layer).reduce((s, n) => s + n, 0) + index];
  const edges: EdgeLayout[] = [];
  for (let layer = 1; layer < layers.length; layer++) {
    for (let to = 0; to < layers[layer]; to++) {
      for (let from = 0; from < layers[layer - 1]; from++) {
        const a = at(layer - 1, from);
        const b = at(layer, to);
        const [x1, y1, x2, y2] = trim(a.x, a.y, b.x, b.y, radius);
        edges.push({ id: edgeId(layer, from, to), layer, from, to, source: a.id, target: b.id, x1, y1, x2, y2 });
      }
    }
  }
  return { units, edges, radius };
}

/** The segment between two circle centres, shortened by `r` at both ends (edges stop at the rims). */
function trim(x1: number, y1: number, x2: number, y2: number, r: number): [number, number, number, number] {
  const d = Math.hypot(x2 - x1, y2 - y1);
  if (d <= 2 * r) return [x1, y1, x2, y2];
  const ux = (x2 - x1) / d;
  const uy = (y2 - y1) / d;
  return [x1 + ux * r, y1 + uy * r, x2 - ux * r, y2 - uy * r];
}

/** The weight on an edge, from per-layer row-major matrices; NaN if missing. */
export function edgeWeight(weights: readonly ArrayLike<number>[], layers: readonly number[], edge: EdgeLayout): number {
  const matrix = weights[edge.layer - 1];
  const value = matrix?.[edge.to * layers[edge.layer - 1] + edge.from];
  return value === undefined ? NaN : value;
}

export type Sign = 'positive' | 'negative' | 'zero';

export interface EdgeStyle {
  readonly sign: Sign;
  /** Stroke width in px: minWidth for 0, maxWidth for |w| ≥ maxAbs, square-root in between. */
  readonly width: number;
}

/**
 * Colour class and width of an edge. Width grows with √|w| so that small weights do not vanish next
 * to one large weight (area-like perception); |w| below `zeroBelow` counts as zero (drawn thin and
 * neutral rather than with a sign it does not really have).
 */
export function edgeStyle(w: number, maxAbs: number, minWidth = 1, maxWidth = 8, zeroBelow = 1e-9): EdgeStyle {
  if (!Number.isFinite(w) || Math.abs(w) < zeroBelow) return { sign: 'zero', width: minWidth };
  const t = maxAbs > 0 ? Math.min(1, Math.sqrt(Math.abs(w) / maxAbs)) : 1;
  return { sign: w > 0 ? 'positive' : 'negative', width: minWidth + t * (maxWidth - minWidth) };
}

/** The largest |weight| of all layers (finite ones), at least `floor` so a fresh near-zero net is not drawn at full width. */
export function maxAbsWeight(weights: readonly ArrayLike<number>[], floor = 1e-6): number {
  let m = floor;
  for (const matrix of weights) {
    for (let k = 0; k < matrix.length; k++) {
      const a = Math.abs(matrix[k]);
      if (Number.isFinite(a) && a > m) m = a;
    }
  }
  return m;
}

/**
 * The edges along a path of units, one per consecutive pair in adjacent layers: the unit ids
 * ['u0.1', 'u1.0', 'u2.0'] give ['e1.1.0', 'e2.0.0']. Throws on a pair that is not in adjacent layers.
 */
export function pathEdges(unitIds: readonly string[]): string[] {
  const parse = (id: string) => {
    const m = /^u(\d+)\.(\d+)$/.exec(id);
    if (!m) throw new Error(`network path: "${id}" is not a unit id`);
    return { layer: Number(m[1]), index: Number(m[2]) };
  };
  const edges: string[] = [];
  for (let k = 1; k < unitIds.length; k++) {
    const a = parse(unitIds[k - 1]);
    const b = parse(unitIds[k]);
    if (b.layer !== a.layer + 1) throw new Error(`network path: ${unitIds[k - 1]} → ${unitIds[k]} skips or reverses a layer`);
    edges.push(edgeId(b.layer, a.index, b.index));
  }
  return edges;
}
