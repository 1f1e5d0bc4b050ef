/**
 * A lecture in the room: one slide at a time, driven by the keys a presentation clicker sends
 * (PageDown/PageUp; also →/←, Space/Backspace). On a slide marked `steps` (the backprop stepper, the
 * forward pass, a step inspector), "next" takes the widget's next step, and moves to the next slide
 * after its last; "back" takes its steps back first. B blanks the screen, F toggles full screen, L and D pick the laser pointer and the
 * pen, C clears the marks, S opens the presenter view. The URL keeps the slide (?slide=<id>), so a
 * reload returns to it; the widgets keep theirs as everywhere else.
 *
 * The same page is the presenter view's preview of the slide to come (?preview=next: one slide ahead
 * of the others, inert, silent). Every window of a lecture follows the others (sync.ts).
 */
import { foldForFullscreen } from '../widgets/kit/fold';
import { pageKeys } from '../widgets/kit/key-listener';
import { loadStrings, uiStrings } from '../widgets/kit/strings';
import { URL_WRITTEN_EVENT } from '../widgets/kit/url-flush';
import type { NnWidget } from '../widgets/kit/widget-element';
import { langFromTag } from '../widgets/kit/lang';
import { watchDiagramSlides } from './diagram-text';
import { createInk, type InkTool } from './ink';
import { lectureChannel, type LectureMessage } from './sync';

const PARAM = 'slide';

/** The widget elements inside a slide: each frame's body holds its element (components/WidgetFrame.astro). */
function widgetsIn(slide: HTMLElement): NnWidget[] {
  return [...slide.querySelectorAll<HTMLElement>('figure.widget > .widget-body > *')].filter((el): el is NnWidget => 'lectureSteps' in el);
}

/** The index of the slide a URL names; an unknown or missing id is the first slide. */
export function slideAt(ids: readonly string[], id: string | null): number {
  const at = id === null ? -1 : ids.indexOf(id);
  return at >= 0 ? at : 0;
}

export function startLecture(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-lecture]');
  if (!root) return;
  const win = doc.defaultView!;
  const lang = langFromTag(doc.documentElement.lang);
  const slug = root.dataset.lecture!;
  const slides = [...root.querySelectorAll<HTMLElement>('.lecture-slide')];
  const ids = slides.map((slide) => slide.dataset.slide!);
  const url = new URL(win.location.href);
  /** The presenter view's preview: one slide ahead, not to be used or heard. */
  const preview = url.searchParams.get('preview') === 'next';
  const offset = preview ? 1 : 0;
  const counter = doc.querySelector<HTMLElement>('[data-lecture-counter]');
  const blank = doc.createElement('div');
  blank.className = 'lecture-blank';
  blank.hidden = true;
  doc.body.append(blank);
  doc.documentElement.classList.add('lecturing');
  if (preview) {
    doc.documentElement.classList.add('lecture-preview');
    root.inert = true;
  }

  // A widget slide shows its widget whole, in the widget's full-screen layout (widgets.css: [data-stage]).
  for (const slide of slides.filter((s) => s.dataset.kind === 'widget')) {
    const figure = slide.querySelector<HTMLElement>('figure.widget');
    if (!figure) continue;
    figure.dataset.stage = '';
    foldForFullscreen(figure, true);
  }
  // A diagram slide's labels stay at a room's reading size, whatever the drawing's scale.
  watchDiagramSlides(slides);

  /** True while applying another window's message, so it is not sent back. */
  let echo = false;
  const channel = lectureChannel(lang, slug, (message) => receive(message));
  const send = (message: LectureMessage) => {
    if (!echo && !preview) channel.send(message);
  };

  let current = -1;
  /** The slide the room is on (the preview shows the one after it). */
  let lectureAt = 0;
  const ink = createInk(doc, {
    onLaser: (x, y, on) => send({ type: 'laser', x, y, on }),
    onStroke: (stroke) => send({ type: 'ink', stroke }),
  });

  const show = (at: number) => {
    lectureAt = Math.max(0, Math.min(slides.length - 1, at));
    const index = lectureAt + offset;
    const changed = index !== current;
    current = index;
    slides.forEach((slide, i) => (slide.hidden = i !== index));
    root.classList.toggle('lecture-past-end', index >= slides.length);
    if (counter) counter.textContent = `${Math.min(index, slides.length - 1) + 1} / ${slides.length}`;
    if (!changed) return;
    ink.clear();
    if (!preview) {
      const next = new URL(win.location.href);
      next.searchParams.set(PARAM, ids[lectureAt]);
      win.history.replaceState(win.history.state, '', next);
    }
    send({ type: 'slide', id: ids[lectureAt] });
    doc.dispatchEvent(new CustomEvent('lecture-slide', { detail: { index: lectureAt, id: ids[lectureAt] } }));
  };

  const stepWidget = (direction: 'next' | 'previous') => {
    const slide = slides[current];
    if (!slide || slide.dataset.steps === undefined) return false;
    return widgetsIn(slide).some((widget) => widget.lectureSteps?.[direction]() ?? false);
  };
  const next = () => {
    if (!stepWidget('next')) show(lectureAt + 1);
  };
  const previous = () => {
    if (!stepWidget('previous')) show(lectureAt - 1);
  };
  const setBlank = (on: boolean) => {
    blank.hidden = !on;
    send({ type: 'blank', on });
  };
  const setTool = (tool: InkTool) => {
    const chosen = ink.tool === tool ? 'none' : tool;
    ink.setTool(chosen);
    for (const button of doc.querySelectorAll<HTMLElement>('[data-lecture-tool]')) {
      button.setAttribute('aria-pressed', String(button.dataset.lectureTool === chosen));
    }
  };
  const clear = () => {
    ink.clear();
    send({ type: 'clear' });
  };
  const openPresenter = () => {
    const link = doc.querySelector<HTMLAnchorElement>('[data-lecture-presenter]');
    if (link) win.open(link.href, 'lecture-presenter', 'popup,width=1280,height=800');
  };

  function receive(message: LectureMessage) {
    echo = true;
    try {
      if (message.type === 'hello') {
        if (!preview) {
          channel.send({ type: 'slide', id: ids[lectureAt] });
          channel.send({ type: 'state', search: win.location.search });
        }
      } else if (message.type === 'slide') show(slideAt(ids, message.id));
      else if (message.type === 'state') applyState(message.search);
      else if (message.type === 'laser') ink.laser(message.x, message.y, message.on);
      else if (message.type === 'ink') ink.stroke(message.stroke);
      else if (message.type === 'clear') ink.clear();
      else if (message.type === 'blank') blank.hidden = !message.on;
    } finally {
      echo = false;
    }
  }

  /** Another window's widget state: into this window's URL and into every started widget. */
  const applyState = (search: string) => {
    const params = new URLSearchParams(search);
    params.delete(PARAM);
    params.delete('preview');
    const here = new URL(win.location.href);
    const kept = new URLSearchParams();
    for (const key of [PARAM, 'preview']) {
      const value = here.searchParams.get(key);
      if (value !== null) kept.set(key, value);
    }
    for (const [key, value] of params) kept.append(key, value);
    here.search = kept.toString();
    win.history.replaceState(win.history.state, '', here);
    for (const slide of slides) for (const widget of widgetsIn(slide)) widget.applyUrl?.(params);
  };
  // A widget here changed: the other windows follow.
  win.addEventListener(URL_WRITTEN_EVENT, () => send({ type: 'state', search: win.location.search }));

  const t = () => uiStrings(lang);
  if (!preview) {
    const keys = pageKeys();
    const page = (key: string, description: () => string, handler: () => void) => keys.register({ key, scope: 'page', description, handler });
    for (const key of ['PageDown', 'ArrowRight', ' ']) page(key, () => t().keysNextSlide, next);
    for (const key of ['PageUp', 'ArrowLeft', 'Backspace']) page(key, () => t().keysPreviousSlide, previous);
    page('Home', () => t().presentPrevious, () => show(0));
    page('End', () => t().presentNext, () => show(slides.length - 1));
    page('b', () => t().keysBlank, () => setBlank(blank.hidden));
    page('f', () => t().keysFullscreen, () => {
      if (doc.fullscreenElement) void doc.exitFullscreen();
      else void doc.documentElement.requestFullscreen?.().catch(() => undefined);
    });
    page('l', () => t().lectureLaser, () => setTool('laser'));
    page('d', () => t().lecturePen, () => setTool('pen'));
    page('c', () => t().lectureClear, clear);
    page('s', () => t().lecturePresenter, openPresenter);
    void loadStrings(lang);
  }
  doc.querySelector('[data-lecture-next]')?.addEventListener('click', next);
  doc.querySelector('[data-lecture-previous]')?.addEventListener('click', previous);
  doc.querySelector('[data-lecture-clear]')?.addEventListener('click', clear);
  for (const button of doc.querySelectorAll<HTMLElement>('[data-lecture-tool]')) {
    button.addEventListener('click', () => setTool(button.dataset.lectureTool as InkTool));
  }
  doc.querySelector('[data-lecture-presenter]')?.addEventListener('click', (event) => {
    event.preventDefault();
    openPresenter();
  });

  // The presenter view's commands, when this page is its current frame (src/lectures/presenter.ts).
  const commands: Record<string, (detail: unknown) => void> = {
    next,
    previous,
    go: (id) => show(slideAt(ids, id as string)),
    blank: () => setBlank(blank.hidden),
    clear,
    report: () => doc.dispatchEvent(new CustomEvent('lecture-slide', { detail: { index: lectureAt, id: ids[lectureAt] } })),
  };
  for (const [name, run] of Object.entries(commands)) {
    doc.addEventListener(`lecture-${name}`, (event) => run((event as CustomEvent).detail));
  }

  show(slideAt(ids, url.searchParams.get(PARAM)));
  channel.send({ type: 'hello' });
}
