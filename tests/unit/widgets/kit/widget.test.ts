// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineUrlTable } from '../../../../src/widgets/kit/url-state';
import { widgetElement } from '../../../../src/widgets/kit/widget';

/**
 * The widget skeleton's lifecycle in a DOM (happy-dom): a widget built from a spec starts, renders
 * once per frame however many changes arrive, rebuilds its model only for the keys it depends on,
 * writes the URL from the store (never from render), and contains a throwing control — the error box
 * shows in its frame, the `nn-widget-error` event fires, nothing reaches the window, and everything
 * it owned is cleaned up.
 */
const TABLE = defineUrlTable([
  { key: 'a', type: 'number', default: 1, min: 0, max: 10 },
  { key: 'k', type: 'int', default: 0, min: 0, max: 5 },
]);

let tag = 0;
/** A fresh tag per test: custom elements cannot be redefined. */
function define(options: { throwIn?: 'button' | 'model' | 'render' } = {}) {
  const calls = { model: 0, render: 0, cleanups: 0 };
  const name = `nn-test-widget-${++tag}`;
  const Widget = widgetElement({
    id: 'test',
    table: TABLE,
    modelKeys: ['a'],
    model(state) {
      calls.model++;
      if (options.throwIn === 'model' && state.a === 7) throw new Error('model failed for a = 7');
      return { double: 2 * state.a };
    },
    view(kit) {
      const out = document.createElement('output');
      const boom = kit.button('Boom', () => {
        throw new Error('the button broke');
      }, 'boom');
      kit.own(() => calls.cleanups++);
      return { root: kit.layout({ controls: [kit.slider('a', { label: 'a' }), boom], visual: out }), out };
    },
    render({ out }, { state, model }) {
      calls.render++;
      if (options.throwIn === 'render' && state.a === 9) throw new Error('render failed for a = 9');
      out.textContent = `a=${state.a} 2a=${model.double} k=${state.k}`;
      return `a is ${state.a}`;
    },
  });
  customElements.define(name, Widget);
  return { name, calls };
}

/** Runs the queued animation frames (happy-dom schedules them on timers). */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** Mounts the widget in a frame; `inner` is markup inside the element, as a component typesets it. */
async function mount(name: string, inner = ''): Promise<HTMLElement> {
  const figure = document.createElement('figure');
  figure.dataset.nnFrame = 'test';
  figure.lang = 'en';
  figure.innerHTML = `<div data-nn-notice></div><${name}>${inner}</${name}><p data-nn-live></p>`;
  document.body.append(figure);
  const element = figure.querySelector<HTMLElement>(name)!;
  await vi.waitFor(() => expect(element.querySelector('output')).not.toBeNull());
  return element;
}

const slider = (element: HTMLElement) => element.querySelector<HTMLInputElement>('input[type="range"]')!;
function setSlider(element: HTMLElement, value: number): void {
  slider(element).value = String(value);
  slider(element).dispatchEvent(new Event('input'));
}

describe('widgetElement (the kit skeleton)', () => {
  const windowErrors: unknown[] = [];
  const onError = (event: ErrorEvent) => windowErrors.push(event.error);
  beforeEach(() => {
    // No IntersectionObserver: the widget starts at once (widget-element.ts).
    vi.stubGlobal('IntersectionObserver', undefined);
    history.replaceState(null, '', '/page?test.a=3');
    window.addEventListener('error', onError);
    windowErrors.length = 0;
  });
  afterEach(() => {
    document.body.replaceChildren();
    window.removeEventListener('error', onError);
    vi.unstubAllGlobals();
  });

  it('starts from the URL state, renders once, and coalesces several changes into one render per frame', async () => {
    const { name, calls } = define();
    const element = await mount(name);
    expect(element.querySelector('output')!.textContent).toBe('a=3 2a=6 k=0');
    expect(calls).toMatchObject({ model: 1, render: 1 });
    setSlider(element, 4);
    setSlider(element, 5);
    setSlider(element, 6);
    // Three changes, each rebuilding the model (a is a model key), but no render until the frame.
    expect(calls.model).toBe(4);
    expect(calls.render).toBe(1);
    await nextFrame();
    await nextFrame();
    expect(calls.render).toBe(2);
    expect(element.querySelector('output')!.textContent).toBe('a=6 2a=12 k=0');
  });

  it('writes the state to the URL from the store, not from render', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { name, calls } = define();
      const element = await mount(name);
      setSlider(element, 8);
      setSlider(element, 9);
      // No frame has run (so no render), yet the URL gets the change (url-history.ts's timing).
      vi.advanceTimersByTime(1000);
      expect(calls.render).toBe(1);
      expect(location.search).toBe('?test.a=9');
    } finally {
      vi.useRealTimers();
    }
  });

  it('a control that throws shows the error box in the frame; nothing reaches the window; cleanups run', async () => {
    const { name, calls } = define();
    const element = await mount(name);
    const failures: unknown[] = [];
    element.addEventListener('nn-widget-error', (event) => failures.push((event as CustomEvent).detail.error));
    element.querySelector<HTMLButtonElement>('button.boom')!.click();
    const box = element.querySelector('[role="alert"]');
    expect(box?.textContent).toContain('the button broke');
    expect(failures).toHaveLength(1);
    expect(windowErrors).toEqual([]);
    expect(calls.cleanups).toBe(1);
    // The widget's own parts are hidden behind the box, which offers a reload that starts it again.
    expect(element.querySelector<HTMLElement>('.nn-layout')!.hidden).toBe(true);
    box!.querySelector('button')!.click();
    await vi.waitFor(() => expect(element.querySelector('[role="alert"]')).toBeNull());
    await vi.waitFor(() => expect(element.querySelector('output')?.textContent).toBe('a=3 2a=6 k=0'));
  });

  it('a model that throws for a slider value is contained the same way', async () => {
    const { name } = define({ throwIn: 'model' });
    const element = await mount(name);
    setSlider(element, 7);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('model failed for a = 7');
    expect(windowErrors).toEqual([]);
  });

  it('a render that throws in the animation frame is contained the same way', async () => {
    const { name } = define({ throwIn: 'render' });
    const element = await mount(name);
    setSlider(element, 9);
    await nextFrame();
    await nextFrame();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('render failed for a = 9');
    expect(windowErrors).toEqual([]);
  });

  it('kit.host is the element: a view adopts the markup typeset inside it at build time, and render updates it', async () => {
    const name = `nn-test-widget-${++tag}`;
    const Widget = widgetElement({
      id: 'test',
      table: TABLE,
      model: () => null,
      view(kit) {
        const lines = kit.host.querySelector<HTMLElement>('.lines')!;
        return { root: kit.layout({ visual: [lines, document.createElement('output')] }), lines };
      },
      render({ lines }, { state }) {
        lines.dataset.a = String(state.a);
      },
    });
    customElements.define(name, Widget);
    const element = await mount(name, '<p class="lines">typeset</p>');
    const lines = element.querySelectorAll<HTMLElement>('.lines');
    expect(lines).toHaveLength(1);
    expect(lines[0].closest('.nn-layout-visual')).not.toBeNull();
    expect(lines[0].textContent).toBe('typeset');
    expect(lines[0].dataset.a).toBe('3');
  });

  it('removing the element runs its cleanups once', async () => {
    const { name, calls } = define();
    const element = await mount(name);
    element.remove();
    expect(calls.cleanups).toBe(1);
  });
});

describe('widgetElement: the host, a control\'s alsoSet, the transport\'s epoch', () => {
  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', undefined);
    history.replaceState(null, '', '/page');
  });
  afterEach(() => {
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });

  it('kit.host is the element (markup typeset inside it can be moved into the view); alsoSet changes more state with the key', async () => {
    const name = `nn-test-widget-${++tag}`;
    customElements.define(
      name,
      widgetElement({
        id: 'test',
        table: TABLE,
        local: { record: [1, 2] as readonly number[] },
        model: () => null,
        view(kit) {
          const typeset = kit.host.querySelector('.typeset')!;
          const out = document.createElement('output');
          const grow = kit.button('Grow', () => kit.set({ record: [...kit.get().record, 3] }), 'grow');
          const slider = kit.slider('a', { label: 'a', alsoSet: () => ({ record: [] }) });
          return { root: kit.layout({ controls: [slider, grow], visual: out, readouts: [typeset] }), out };
        },
        render({ out }, { state }) {
          out.textContent = `a=${state.a} record=${state.record.join(',')}`;
        },
      }),
    );
    const element = await mount(name, '<p class="typeset">typeset</p>');
    expect(element.querySelector('.nn-layout-readouts .typeset')?.textContent).toBe('typeset');
    element.querySelector<HTMLButtonElement>('button.grow')!.click();
    await nextFrame();
    expect(element.querySelector('output')!.textContent).toBe('a=1 record=1,2,3');
    // The reader moves the slider: a changes and, with it, the record starts again.
    setSlider(element, 4);
    await nextFrame();
    expect(element.querySelector('output')!.textContent).toBe('a=4 record=');
  });

  it('transport({ showEpoch: true }) counts epochs beside the steps', async () => {
    const name = `nn-test-widget-${++tag}`;
    customElements.define(
      name,
      widgetElement({
        id: 'test',
        table: TABLE,
        model: () => ({ loss: 1 }),
        training: { step: (model) => (model.loss /= 2), initialLoss: (model) => model.loss, speeds: [1] },
        view: (kit) => ({ root: kit.layout({ bar: kit.transport({ showEpoch: true }), visual: document.createElement('output') }) }),
        render: () => undefined,
      }),
    );
    const element = await mount(name);
    const counter = element.querySelector('.nn-step-count')!;
    expect(counter.textContent).toBe('Step 0 · epoch 0');
    element.querySelector<HTMLButtonElement>('button.nn-step')!.click();
    expect(counter.textContent).toBe('Step 1 · epoch 1');
  });
});

describe('widgetElement: the step bar (move, playable, a position past a shorter model, the focus)', () => {
  /** n = the number of steps (a model key); k = the position; gate = the furthest step a move may skip to unasked. */
  const STEPS = defineUrlTable([
    { key: 'n', type: 'int', default: 5, min: 1, max: 9 },
    { key: 'k', type: 'int', default: 0, min: 0, max: 9 },
  ]);
  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', undefined);
    history.replaceState(null, '', '/page?test.k=4');
  });
  afterEach(() => {
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });

  function defineStepper(quiz: boolean) {
    const name = `nn-test-widget-${++tag}`;
    const moves: number[] = [];
    customElements.define(
      name,
      widgetElement({
        id: 'test',
        table: STEPS,
        // Local state made from the URL's: the furthest position seen starts at the link's.
        local: (fromUrl) => ({ furthest: fromUrl.k }),
        modelKeys: ['n'],
        model: (state) => ({ count: state.n }),
        view(kit) {
          const bar = kit.stepBar({
            key: 'k',
            count: ({ model }) => model.count,
            move: (to, { state }) => {
              moves.push(to);
              return { k: to, furthest: Math.max(state.furthest, to) };
            },
            playable: () => !quiz,
          });
          const shorter = kit.button('Shorter', () => kit.set({ n: 2 }), 'shorter');
          return { root: kit.layout({ controls: [shorter], bar: bar.element, visual: document.createElement('output') }) };
        },
        render(view, { state }) {
          view.root.querySelector('output')!.textContent = `k=${state.k} furthest=${state.furthest}`;
        },
      }),
    );
    return { name, moves };
  }

  it('every move goes through the spec’s move (buttons and the clock alike); local state can start from the URL', async () => {
    const { name, moves } = defineStepper(false);
    const element = await mount(name);
    const out = element.querySelector('output')!;
    expect(out.textContent).toBe('k=4 furthest=4');
    element.querySelector<HTMLButtonElement>('.nn-step-first')!.click();
    await nextFrame();
    expect(out.textContent).toBe('k=0 furthest=4');
    element.querySelector<HTMLButtonElement>('.nn-step-last')!.click();
    await nextFrame();
    expect(out.textContent).toBe('k=5 furthest=5');
    expect(moves).toEqual([0, 5]);
    expect(element.querySelector('.nn-play')!.hasAttribute('hidden')).toBe(false);
  });

  it('a model with fewer steps moves the position back within it', async () => {
    const { name } = defineStepper(false);
    const element = await mount(name);
    element.querySelector<HTMLButtonElement>('button.shorter')!.click();
    await nextFrame();
    expect(element.querySelector('output')!.textContent).toBe('k=2 furthest=4');
    expect(element.querySelector('.nn-step-counter')!.textContent).toBe('Step 2 of 2');
  });

  it('not playable: Play is hidden; a focused Next that becomes disabled hands the focus to Back', async () => {
    const { name } = defineStepper(true);
    const element = await mount(name);
    expect(element.querySelector('.nn-play')!.hasAttribute('hidden')).toBe(true);
    const next = element.querySelector<HTMLButtonElement>('.nn-step-next')!;
    next.focus();
    next.click(); // 4 → 5, the last step: Next is disabled
    await nextFrame();
    expect(next.disabled).toBe(true);
    expect(document.activeElement).toBe(element.querySelector('.nn-step-previous'));
  });
});
