/**
 * A small diagram of the deck's chain x → h → y → E (or x → h₁ → h₂ → y → E): one circle per unit
 * with its value under it, one edge per weight with its name and value, a tag under each non-input
 * unit for its sigmoid slope a(1 − a) (and, when asked, its δ), and the error E in a box at the end.
 *
 * Every drawn part has a data-part id ('unit:0' is x, 'unit:L' is y, 'edge:l' carries wₗ,
 * 'slope:l', 'delta:l', 'error') and a data-role ('error', 'slope', 'weight', 'input', 'delta',
 * 'unit') that CSS colours (components/ChainDiagramStyles.astro). highlight() marks parts; what
 * lights them (hover, focus, the current step) is the widget's business: it listens on data-part.
 *
 * Drawn once in a viewBox (it scales with its column); only texts change afterwards.
 */
import { select, type Selection } from 'd3-selection';
import { subscriptPieces } from './subscript';

export interface ChainDiagramOptions {
  /** Unit symbols, input first: ['x', 'h', 'y']. */
  readonly units: readonly string[];
  /** Weight symbols, w₁ first: one fewer than units. */
  readonly weights: readonly string[];
  /** Slope symbols per non-input unit: ['h(1−h)', 'y(1−y)']. */
  readonly slopes: readonly string[];
  /** δ symbols per non-input unit, or none (no δ row). */
  readonly deltas?: readonly string[];
  /** The accessible name. */
  readonly label: string;
  /** Role of each unit's value (input on the next weight's edge): default 'unit'. */
  readonly unitRoles?: readonly string[];
}

export interface ChainDiagram {
  readonly element: SVGSVGElement;
  /** Texts by part id: the value shown in that part. Missing ids keep their text. */
  setValues(values: Readonly<Record<string, string>>): void;
  /** Marks these parts as lit (none: clears). */
  highlight(parts: readonly string[]): void;
}

const COLUMN = 118;
const R = 24;
const CY = 62;
const SVG_NS = 'http://www.w3.org/2000/svg';

/** SVG text with δ_y's y as a lowered, smaller tspan. */
function writeSubscripts(text: Selection<SVGTextElement, unknown, null, undefined>, name: string): void {
  for (const piece of subscriptPieces(name)) {
    if (typeof piece === 'string') text.append('tspan').text(piece);
    else text.append('tspan').attr('class', 'nn-chain-sub').attr('dy', 4).text(piece.sub);
  }
}

export function createChainDiagram(options: ChainDiagramOptions): ChainDiagram {
  const { units, weights, slopes, deltas } = options;
  const depth = weights.length;
  const width = COLUMN * (units.length + 1) - 20;
  const height = deltas ? 210 : 164;
  const cx = (i: number) => 44 + i * COLUMN;
  const svg = select(document.createElementNS(SVG_NS, 'svg') as SVGSVGElement)
    .attr('class', 'nn-chain-diagram')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-label', options.label);

  const texts = new Map<string, SVGTextElement>();
  const part = (id: string, role: string) => svg.append('g').attr('class', 'nn-chain-part').attr('data-part', id).attr('data-role', role);

  // Edges first (under the circles): x → h → y carry w₁ … w_L; y → E carries the error.
  for (let l = 1; l <= depth; l++) {
    const g = part(`edge:${l}`, 'weight');
    g.append('line').attr('x1', cx(l - 1) + R).attr('x2', cx(l) - R - 2).attr('y1', CY).attr('y2', CY).attr('class', 'nn-chain-line');
    g.append('rect').attr('x', cx(l - 1) + R).attr('y', CY - 44).attr('width', COLUMN - 2 * R).attr('height', 56).attr('class', 'nn-chain-hit');
    g.append('text').attr('x', (cx(l - 1) + cx(l)) / 2).attr('y', CY - 26).attr('text-anchor', 'middle').attr('class', 'nn-chain-symbol').text(weights[l - 1]);
    texts.set(`edge:${l}`, g.append('text').attr('x', (cx(l - 1) + cx(l)) / 2).attr('y', CY - 8).attr('text-anchor', 'middle').attr('class', 'nn-chain-value').node()!);
  }
  const last = units.length - 1;
  svg.append('line').attr('class', 'nn-chain-line nn-chain-to-error').attr('x1', cx(last) + R).attr('x2', cx(last + 1) - 34).attr('y1', CY).attr('y2', CY);

  units.forEach((symbol, i) => {
    const g = part(`unit:${i}`, options.unitRoles?.[i] ?? 'unit');
    g.append('circle').attr('cx', cx(i)).attr('cy', CY).attr('r', R);
    g.append('text').attr('x', cx(i)).attr('y', CY + 6).attr('text-anchor', 'middle').attr('class', 'nn-chain-symbol').text(symbol);
    texts.set(`unit:${i}`, g.append('text').attr('x', cx(i)).attr('y', CY + R + 20).attr('text-anchor', 'middle').attr('class', 'nn-chain-value').node()!);
    if (i === 0) return;
    const tag = (id: string, role: string, y: number, name: string) => {
      const t = part(id, role);
      t.append('rect').attr('x', cx(i) - 54).attr('y', y).attr('width', 108).attr('height', 40).attr('rx', 6);
      writeSubscripts(t.append('text').attr('x', cx(i)).attr('y', y + 15).attr('text-anchor', 'middle').attr('class', 'nn-chain-tag-name'), name);
      texts.set(id, t.append('text').attr('x', cx(i)).attr('y', y + 34).attr('text-anchor', 'middle').attr('class', 'nn-chain-value').node()!);
    };
    tag(`slope:${i}`, 'slope', CY + R + 30, slopes[i - 1]);
    if (deltas) tag(`delta:${i}`, 'delta', CY + R + 76, deltas[i - 1]);
  });

  const error = part('error', 'error');
  error.append('rect').attr('x', cx(last + 1) - 32).attr('y', CY - 22).attr('width', 64).attr('height', 44).attr('rx', 6);
  error.append('text').attr('x', cx(last + 1)).attr('y', CY + 6).attr('text-anchor', 'middle').attr('class', 'nn-chain-symbol').text('E');
  texts.set('error', error.append('text').attr('x', cx(last + 1)).attr('y', CY + R + 20).attr('text-anchor', 'middle').attr('class', 'nn-chain-value').node()!);

  const element = svg.node()!;
  return {
    element,
    setValues(values) {
      for (const [id, text] of Object.entries(values)) {
        const node = texts.get(id);
        if (node && node.textContent !== text) node.textContent = text;
      }
    },
    highlight(parts) {
      const lit = new Set(parts);
      element.classList.toggle('nn-chain-has-lit', lit.size > 0);
      for (const g of element.querySelectorAll<SVGGElement>('[data-part]')) g.classList.toggle('nn-chain-lit', lit.has(g.dataset.part ?? ''));
    },
  };
}
