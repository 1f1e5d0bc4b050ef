/**
 * Presentation mode for a chapter: one `##` section per slide, fitted to the screen, driven by the
 * keys a presentation clicker sends (PageDown/PageUp; also →/←, Space/Backspace). B blanks the screen,
 * F toggles full screen, Esc leaves, P starts or leaves. The URL keeps the slide (?slide=<id>), so a
 * reload returns to it. The keys are page shortcuts in the shared registry, so a focused widget that
 * claims the same key (a stepper's →) gets it first.
 */
import type { Dictionary, Lang } from '../i18n';
import { loadStrings, stringsLoaded, uiStrings } from '../widgets/kit/strings';
import { pageKeys } from '../widgets/kit/key-listener';
import { fill } from '../i18n/fill';
import { collectSlides, slideIndex, type Slide } from './slides';

/** Below this scale a slide scrolls instead of shrinking further: text must stay readable. */
const MIN_SCALE = 0.6;
const PARAM = 'slide';

interface Controls {
  bar: HTMLElement;
  counter: HTMLElement;
  live: HTMLElement;
  blank: HTMLElement;
  /** Puts the words in (labels, the blank screen's note) once the language's strings are loaded. */
  label(t: Dictionary): void;
}

/** The bar, live region and blank screen; their words come later (label), so entering never waits. */
function buildControls(actions: { previous(): void; next(): void; leave(): void }): Controls {
  const button = (text: string, action: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.addEventListener('click', action);
    return b;
  };
  const bar = document.createElement('nav');
  bar.className = 'presentation-bar';
  const counter = document.createElement('span');
  counter.className = 'presentation-counter';
  const previous = button('←', actions.previous);
  const next = button('→', actions.next);
  const exit = button('✕', actions.leave);
  bar.append(previous, counter, next, exit);
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  const blank = document.createElement('div');
  blank.className = 'presentation-blank';
  blank.hidden = true;
  const blankNote = document.createElement('span');
  blankNote.className = 'visually-hidden';
  blankNote.setAttribute('role', 'status');
  blank.append(blankNote);
  const label = (t: Dictionary) => {
    bar.setAttribute('aria-label', t.presentStart);
    previous.setAttribute('aria-label', t.presentPrevious);
    next.setAttribute('aria-label', t.presentNext);
    exit.setAttribute('aria-label', t.presentExit);
    blankNote.textContent = t.presentBlanked;
  };
  return { bar, counter, live, blank, label };
}

export function setupPresentation(article: HTMLElement, startButton: HTMLButtonElement, lang: Lang): void {
  // Read when used: the keys work from the start, the words arrive with the language's chunk.
  const t = () => uiStrings(lang);
  const slides: Slide[] = collectSlides(article);
  const root = document.documentElement;
  const keys = pageKeys();
  let current = 0;
  let controls: Controls | null = null;
  let unregister: Array<() => void> = [];

  const writeUrl = (id: string | null) => {
    const url = new URL(location.href);
    if (id) url.searchParams.set(PARAM, id);
    else url.searchParams.delete(PARAM);
    history.replaceState(history.state, '', url);
  };

  /**
   * Shrinks the slide until it fits the screen, down to MIN_SCALE, by lowering the root font size:
   * the course sizes everything in rem/em (text, KaTeX, diagrams), so the slide scales as a whole.
   * Smaller text also rewraps into fewer lines, hence a second pass.
   */
  const fit = () => {
    root.style.fontSize = '';
    const base = parseFloat(getComputedStyle(root).fontSize);
    let scale = 1;
    for (let pass = 0; pass < 2; pass++) {
      const overflow = article.scrollHeight / article.clientHeight;
      if (overflow <= 1) break;
      scale = Math.max(MIN_SCALE, scale / overflow);
      root.style.fontSize = `${base * scale}px`;
    }
  };

  const show = (index: number) => {
    current = Math.max(0, Math.min(slides.length - 1, index));
    slides.forEach((slide, i) => slide.parts.forEach((part) => part.toggleAttribute('data-off-slide', i !== current)));
    const slide = slides[current];
    if (controls) controls.counter.textContent = `${current + 1} / ${slides.length}`;
    describeSlide();
    article.scrollTop = 0;
    writeUrl(slide.id);
    fit();
    // Focus on the slide, so ↑/↓ and the mouse wheel scroll a slide that is still too long.
    article.focus({ preventScroll: true });
  };

  /** The counter's label and the announcement of the slide (once the words are loaded). */
  const describeSlide = () => {
    if (!controls || !stringsLoaded(lang)) return;
    const counter = fill(t().presentCounter, { n: current + 1, total: slides.length });
    controls.counter.setAttribute('aria-label', counter);
    controls.live.textContent = `${counter}: ${slides[current].title}`;
  };

  const toggleBlank = () => {
    if (controls) controls.blank.hidden = !controls.blank.hidden;
  };

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root.requestFullscreen?.().catch(() => undefined);
  };

  const leave = () => {
    if (!controls) return;
    for (const off of unregister) off();
    unregister = [];
    controls.bar.remove();
    controls.live.remove();
    controls.blank.remove();
    controls = null;
    root.classList.remove('presenting');
    root.style.fontSize = '';
    article.removeAttribute('tabindex');
    slides.forEach((slide) => slide.parts.forEach((part) => part.removeAttribute('data-off-slide')));
    writeUrl(null);
    window.removeEventListener('resize', fit);
    if (document.fullscreenElement) void document.exitFullscreen();
    const heading = slides[current].parts[0].querySelector('h2') ?? article;
    heading.scrollIntoView();
    startButton.focus();
  };

  const next = () => show(current + 1);
  const previous = () => show(current - 1);

  const enter = (index: number) => {
    if (controls) return;
    const built = buildControls({ previous, next, leave });
    controls = built;
    document.body.append(built.bar, built.live, built.blank);
    root.classList.add('presenting');
    article.tabIndex = -1;
    const page = (key: string, description: () => string, handler: () => void) =>
      unregister.push(keys.register({ key, scope: 'page', description, handler }));
    for (const key of ['PageDown', 'ArrowRight', ' ']) page(key, () => t().keysNextSlide, next);
    for (const key of ['PageUp', 'ArrowLeft', 'Backspace']) page(key, () => t().keysPreviousSlide, previous);
    page('b', () => t().keysBlank, toggleBlank);
    page('f', () => t().keysFullscreen, toggleFullscreen);
    page('Escape', () => t().keysLeave, leave);
    window.addEventListener('resize', fit);
    show(index);
    // The keys work at once; the words follow with the language's strings (a cached load after the first).
    void loadStrings(lang).then(() => {
      if (controls !== built) return;
      built.label(t());
      describeSlide();
    });
  };

  startButton.addEventListener('click', () => enter(0));
  keys.register({ key: 'p', scope: 'page', description: () => t().keysPresent, handler: () => (controls ? leave() : enter(0)) });

  const requested = new URL(location.href).searchParams.get(PARAM);
  if (requested !== null) enter(slideIndex(slides, requested));
}
