/**
 * A chart legend in HTML — it wraps on a phone and takes the page's type size — with a small line
 * sample per entry drawn in the entry's series class (colour and dash), so the key matches the
 * lines without relying on colour. Keyed by entry id; rendering again updates it in place.
 * It is a labelled list (the chart's picture itself is role="img", so its text is not read).
 */
import { select } from 'd3-selection';
import { seriesClass } from './palette';

export interface LegendEntry {
  readonly id: string;
  readonly label: string;
  /** Series index (class nn-sK); default: the entry's position. */
  readonly series?: number;
  /** A class to colour the sample instead of the series class (e.g. 'nn-class1' for data points). */
  readonly className?: string;
  /** The mark to show instead of a line: a class's symbol (scatter data). */
  readonly mark?: 'line' | 'circle' | 'triangle';
}

/** Draws the legend as the first child of `container` (above the plot). Empty entries remove it. */
export function renderLegend(container: HTMLElement, entries: readonly LegendEntry[], label: string): void {
  const list = select(container)
    .selectAll<HTMLUListElement, null>(':scope > ul.nn-legend')
    .data(entries.length ? [null] : [])
    .join((enter) => enter.insert('ul', ':first-child').attr('class', 'nn-legend'))
    .attr('aria-label', label);

  list
    .selectAll<HTMLLIElement, LegendEntry>('li')
    .data(entries, (d) => d.id)
    .join((enter) => {
      const li = enter.append('li');
      const svg = li.append('svg').attr('aria-hidden', 'true').attr('focusable', 'false').attr('viewBox', '0 0 28 12');
      svg.append('line').attr('x1', 2).attr('x2', 26).attr('y1', 6).attr('y2', 6);
      svg.append('path');
      li.append('span');
      return li;
    })
    .attr('class', (d, k) => `${d.className ?? seriesClass(d.series ?? k)} nn-legend-${d.mark ?? 'line'}`)
    .call((li) => li.select('span').text((d) => d.label))
    .call((li) =>
      li
        .select('path')
        .attr('d', (d) => (d.mark === 'circle' ? 'M14,1.5a4.5,4.5 0 1,0 0.01,0z' : d.mark === 'triangle' ? 'M14,1L19,10.5H9Z' : null)),
    );
}
