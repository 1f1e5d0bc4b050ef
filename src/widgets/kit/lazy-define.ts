/**
 * Code on demand: a widget's element class is fetched (a dynamic import, its own chunks) and defined
 * when the first `<nn-…>` of its tag is about to be seen (when-wanted.ts), not with the page. A
 * chapter's first load then carries only this module and the frame's, however many widgets it holds;
 * until its class arrives an element is an empty, undefined `<nn-…>` inside its frame.
 *
 * WidgetFrame's script defines each element on the page with its loader from
 * components/widget-elements.ts, which imports the widget's folder — so the kit never imports a widget:
 *
 *   defineOnDemand('nn-gd-steps', () => import('../src/widgets/gd-steps/element').then((m) => m.GdStepsWidget));
 *
 * When the fetch fails (offline, a deploy replaced the chunks), each element of the tag shows the
 * widget error box (error-box.ts) in its own frame; its button tries the fetch again.
 */
import { showErrorBox } from './error-box';
import { langOf } from './lang';
import { whenWanted } from './when-wanted';

/** Defines `name` with the class `load` resolves to, once one of the page's `<name>` elements is wanted. */
export function defineOnDemand(name: string, load: () => Promise<CustomElementConstructor>): void {
  if (customElements.get(name)) return;
  const elements = [...document.querySelectorAll<HTMLElement>(name)];
  const attempt = () => {
    load()
      .then((constructor) => {
        // Another script (a hot reload) may have defined it meanwhile: not an error.
        if (!customElements.get(name)) customElements.define(name, constructor);
      })
      .catch((error: unknown) => {
        const removals: Array<() => void> = [];
        const retry = () => {
          for (const remove of removals.splice(0)) remove();
          attempt();
        };
        for (const element of elements) removals.push(showErrorBox(element, error, langOf(element), retry));
      });
  };
  whenWanted(elements, attempt);
}
