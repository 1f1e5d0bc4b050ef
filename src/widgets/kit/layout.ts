/**
 * The standard widget layout, the same markup for every widget so that one stylesheet
 * (src/styles/global.css, "widget layout") reflows them all:
 *
 *   <div class="nn-layout">
 *     <div class="nn-layout-controls">  inputs, sliders, menus          </div>
 *     <div class="nn-layout-bar">       the transport or the step bar   </div>
 *     <div class="nn-layout-visual">    the main chart or diagram       </div>
 *     <div class="nn-layout-readouts">  numbers, formulas, verdicts     </div>
 *   </div>
 *
 * On a phone: one column in that order. On a wide widget, in full screen and in the projector
 * theme: the controls, the bar and the readouts in a compact column beside the visual, which takes
 * the remaining width and (in full screen) the remaining height. Empty parts are left out.
 */
import { h, type Child } from './controls/dom';

export interface LayoutParts {
  readonly controls?: readonly Child[];
  readonly bar?: Child;
  readonly visual: Child | readonly Child[];
  readonly readouts?: readonly Child[];
  /** The widget's own class on the layout root, for its own styles. */
  readonly className?: string;
}

export function widgetLayout(parts: LayoutParts): HTMLElement {
  const part = (name: string, children: readonly Child[]) =>
    children.some((child) => child) ? h('div', { class: `nn-layout-${name}` }, ...children) : null;
  const visual = Array.isArray(parts.visual) ? parts.visual : [parts.visual as Child];
  return h(
    'div',
    { class: `nn-layout${parts.className ? ` ${parts.className}` : ''}` },
    part('controls', parts.controls ?? []),
    part('bar', [parts.bar]),
    part('visual', visual),
    part('readouts', parts.readouts ?? []),
  );
}
