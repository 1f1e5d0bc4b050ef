/**
 * A network diagram: units in layers (input on the left), an edge per weight — blue for a positive
 * weight, orange for a negative one (Okabe–Ito, distinguishable with the common colour-vision
 * deficiencies), width growing with |w| (network-layout.ts edgeStyle) — and, optionally, the weights
 * written along their edges, each unit's bias above it (b = 0.10) and values under the units.
 *
 * Highlighting (for the backprop stepper: "this δ", "this weight", "the path from x₁ to y"): pass
 * `highlight` to renderNetwork, or call highlightNetwork(target, …) to change only the highlight
 * without laying anything out. Highlighted units and edges keep full strength; the rest fade.
 *
 * Ids (network-layout.ts): unit `u{layer}.{index}`, edge `e{layer}.{from}.{to}`; pathEdges turns a
 * list of unit ids into the edges between them.
 */
import type { Lang } from '../../i18n';
import { select } from 'd3-selection';
import { part } from './axes';
import { chartFrame } from './chart-frame';
import { edgeStyle, edgeWeight, layoutNetwork, maxAbsWeight, pathEdges, type EdgeLayout, type UnitLayout } from './network-layout';

export interface NetworkData {
  readonly layers: readonly number[];
  /** Per layer l ≥ 1, row-major (rows: units of l, columns: units of l − 1). Missing: neutral edges. */
  readonly weights?: readonly ArrayLike<number>[];
  /** Text inside each unit, e.g. [['x₁', 'x₂'], ['h₁', 'h₂'], ['y']]. */
  readonly unitLabels?: readonly (readonly string[] | undefined)[];
  /** Numbers under each unit (activations, δ's), per layer. */
  readonly unitValues?: readonly (ArrayLike<number> | undefined)[];
  /** Each unit's bias b, written above it, per layer (index 0, the inputs, has none). */
  readonly biases?: readonly (ArrayLike<number> | undefined)[];
}

export interface NetworkHighlight {
  readonly units?: readonly string[];
  readonly edges?: readonly string[];
  /** Unit ids along a path; the units and the edges between them are highlighted. */
  readonly path?: readonly string[];
}

export interface NetworkOptions {
  readonly label: string;
  readonly lang: Lang;
  /** Write each weight on its edge. Default false. */
  readonly edgeLabels?: boolean;
  /** Number format for weights and values. Default: two decimals, true minus sign. */
  readonly format?: (v: number) => string;
  readonly highlight?: NetworkHighlight;
  /** Extra classes, e.g. 'nn-dropped' for units a dropout mask removed. */
  readonly unitClass?: (unit: UnitLayout) => string | null;
  readonly edgeClass?: (edge: EdgeLayout) => string | null;
  readonly aspect?: number;
}

/** 0.5 → '0.50', −0.25 → '−0.25'. */
export function formatWeight(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const text = Math.abs(v).toFixed(2);
  return v < 0 && Number(text) !== 0 ? `−${text}` : text;
}

export function renderNetwork(target: HTMLElement, data: NetworkData, options: NetworkOptions): void {
  const frame = chartFrame(target, { kind: 'nn-network', label: options.label, aspect: options.aspect ?? 1.6 }, () =>
    renderNetwork(target, data, options),
  );
  const { em } = frame;
  const format = options.format ?? formatWeight;
  // Room around the units for the values written under them (and, above and below, the biases).
  const layout = layoutNetwork(data.layers, { width: frame.width, height: frame.height, padding: 2.8 * em, paddingY: (data.biases ? 4.1 : 2.8) * em });
  const radius = Math.min(layout.radius, 1.5 * em);
  const weights = data.weights ?? [];
  const maxAbs = maxAbsWeight(weights);
  const svg = frame.svg as unknown as Parameters<typeof part>[0];

  const edges = layout.edges.map((e) => ({ e, w: edgeWeight(weights, data.layers, e) }));
  const edgeGroup = part(svg, 'g', 'nn-edges');
  edgeGroup
    .selectAll<SVGLineElement, (typeof edges)[number]>('line')
    .data(edges, (d) => d.e.id)
    .join('line')
    .attr('data-id', (d) => d.e.id)
    .attr('class', (d) => {
      const style = edgeStyle(d.w, maxAbs);
      return ['nn-edge', `nn-${style.sign === 'positive' ? 'pos' : style.sign === 'negative' ? 'neg' : 'zero'}`, options.edgeClass?.(d.e)].filter(Boolean).join(' ');
    })
    .style('--w', (d) => edgeStyle(d.w, maxAbs).width.toFixed(2))
    .attr('x1', (d) => d.e.x1)
    .attr('y1', (d) => d.e.y1)
    .attr('x2', (d) => d.e.x2)
    .attr('y2', (d) => d.e.y2);

  // Each weight is written along its own edge, just above it, near the source: fan-out edges are
  // already apart there, and edges from different sources that cross mid-way (x₁→h₂, x₂→h₁) are not
  // yet together. Turned with the edge, a label cannot be read as the neighbouring edge's.
  const labelled = options.edgeLabels ? edges.filter((d) => Number.isFinite(d.w)) : [];
  part(svg, 'g', 'nn-edge-labels')
    .selectAll<SVGTextElement, (typeof edges)[number]>('text')
    .data(labelled, (d) => d.e.id)
    .join('text')
    .attr('data-id', (d) => d.e.id)
    .attr('class', 'nn-halo')
    .attr('transform', (d) => edgeLabelTransform(d.e, 1.6 * em))
    .attr('dy', '-0.4em')
    .attr('text-anchor', 'middle')
    .text((d) => format(d.w));

  const units = part(svg, 'g', 'nn-units')
    .selectAll<SVGGElement, UnitLayout>('g.nn-unit')
    .data(layout.units, (u) => u.id)
    .join((enter) => {
      const g = enter.append('g');
      g.append('circle');
      g.append('text').attr('class', 'nn-unit-label').attr('text-anchor', 'middle').attr('dy', '0.35em');
      g.append('text').attr('class', 'nn-unit-value nn-halo').attr('text-anchor', 'middle');
      g.append('text').attr('class', 'nn-unit-bias nn-halo').attr('text-anchor', 'middle');
      return g;
    })
    .attr('data-id', (u) => u.id)
    .attr('class', (u) => ['nn-unit', options.unitClass?.(u)].filter(Boolean).join(' '))
    .attr('transform', (u) => `translate(${u.x},${u.y})`);
  units.select('circle').attr('r', radius);
  units.select('.nn-unit-label').text((u) => data.unitLabels?.[u.layer]?.[u.index] ?? '');
  units
    .select('.nn-unit-value')
    .attr('y', radius + 1.1 * em)
    .text((u) => {
      const v = data.unitValues?.[u.layer]?.[u.index];
      return v === undefined ? '' : format(v);
    });
  // The bias goes on the side of the unit its layer's diagonal edges leave free: above a unit in
  // the upper half (its diagonals run downwards), under the value of one in the lower half.
  const upper = (u: UnitLayout) => 2 * u.index <= data.layers[u.layer] - 1;
  units
    .select('.nn-unit-bias')
    .attr('y', (u) => (upper(u) ? -radius - 0.45 * em : radius + 2.2 * em))
    .text((u) => {
      const b = data.biases?.[u.layer]?.[u.index];
      return b === undefined ? '' : `b = ${format(b)}`;
    });

  highlightNetwork(target, options.highlight ?? {});
}

/**
 * An edge's label centred `distance` along the edge from where it leaves the source unit (the edge's
 * first end is on the unit's circle) — at most a third of the way, so the labels of two edges that
 * cross mid-way stay apart — and turned to run along the edge.
 */
function edgeLabelTransform(e: EdgeLayout, distance: number): string {
  const dx = e.x2 - e.x1;
  const dy = e.y2 - e.y1;
  const length = Math.hypot(dx, dy) || 1;
  const along = Math.min(distance, length / 3);
  const x = e.x1 + (dx / length) * along;
  const y = e.y1 + (dy / length) * along;
  return `translate(${x.toFixed(1)},${y.toFixed(1)}) rotate(${((Math.atan2(dy, dx) * 180) / Math.PI).toFixed(1)})`;
}

/** Changes only which units and edges are highlighted (an empty highlight clears it). */
export function highlightNetwork(target: HTMLElement, highlight: NetworkHighlight): void {
  const svg = select(target).select<SVGSVGElement>('.nn-network svg');
  if (svg.empty()) return;
  const units = new Set([...(highlight.units ?? []), ...(highlight.path ?? [])]);
  const edges = new Set([...(highlight.edges ?? []), ...pathEdges(highlight.path ?? [])]);
  svg.classed('nn-has-highlight', units.size + edges.size > 0);
  svg.selectAll<SVGElement, unknown>('[data-id]').classed('nn-hl', function () {
    const id = this.getAttribute('data-id') ?? '';
    return units.has(id) || edges.has(id);
  });
}
