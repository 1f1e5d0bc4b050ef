/**
 * The presenter view (src/pages/[...lang]/lectures/[chapter]/presenter.astro). Its two frames are the
 * lecture's own page: the current slide, live, and the next one (?preview=next). The clicker's keys
 * pressed here go to the current frame, which steps its widget or changes the slide and tells every
 * window (sync.ts); this page follows the same messages to show the slide's notes and mark it in the list.
 */
import { pageKeys } from '../widgets/kit/key-listener';
import { loadStrings, uiStrings } from '../widgets/kit/strings';
import { langFromTag } from '../widgets/kit/lang';
import { lectureChannel } from './sync';

/** "m:ss", or "h:mm:ss" from an hour on. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

export function startPresenter(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-presenter]');
  if (!root) return;
  const win = doc.defaultView!;
  const lang = langFromTag(doc.documentElement.lang);
  const slug = root.dataset.presenter!;
  const current = doc.querySelector<HTMLIFrameElement>('[data-presenter-current]')!;
  const buttons = [...doc.querySelectorAll<HTMLButtonElement>('[data-presenter-go]')];
  const notes = doc.querySelector<HTMLElement>('[data-presenter-notes]')!;
  const sections = [...notes.querySelectorAll<HTMLElement>(':scope > section.slide')];
  const intro = [...notes.children].filter((el) => !sections.includes(el as HTMLElement)) as HTMLElement[];

  /** Shows the slide's notes (its section of the chapter) and marks it in the list. */
  const follow = (id: string) => {
    const button = buttons.find((b) => b.dataset.presenterGo === id) ?? buttons[0];
    if (!button) return;
    for (const b of buttons) b.toggleAttribute('aria-current', b === button);
    button.scrollIntoView({ block: 'nearest' });
    const section = button.dataset.section;
    for (const part of intro) part.hidden = true;
    for (const s of sections) s.hidden = s.querySelector('h2')?.id !== section;
    notes.scrollTop = 0;
  };
  lectureChannel(lang, slug, (message) => {
    if (message.type === 'slide') follow(message.id);
  });

  /** A command for the current frame's deck (src/lectures/deck.ts listens for it). */
  const command = (name: string, detail?: unknown) =>
    current.contentDocument?.dispatchEvent(new CustomEvent(`lecture-${name}`, { detail }));
  for (const button of buttons) button.addEventListener('click', () => command('go', button.dataset.presenterGo));
  // The current frame tells this page what it shows as it starts (and on every change).
  current.addEventListener('load', () => {
    current.contentDocument?.addEventListener('lecture-slide', (event) => follow((event as CustomEvent<{ id: string }>).detail.id));
    command('report');
  });

  const t = () => uiStrings(lang);
  const keys = pageKeys();
  const page = (key: string, description: () => string, handler: () => void) => keys.register({ key, scope: 'page', description, handler });
  for (const key of ['PageDown', 'ArrowRight', ' ']) page(key, () => t().keysNextSlide, () => command('next'));
  for (const key of ['PageUp', 'ArrowLeft', 'Backspace']) page(key, () => t().keysPreviousSlide, () => command('previous'));
  page('b', () => t().keysBlank, () => command('blank'));
  page('c', () => t().lectureClear, () => command('clear'));
  void loadStrings(lang);

  let start = Date.now();
  const time = doc.querySelector<HTMLElement>('[data-presenter-time]')!;
  const tick = () => (time.textContent = formatElapsed(Date.now() - start));
  doc.querySelector('[data-presenter-restart]')?.addEventListener('click', () => {
    start = Date.now();
    tick();
  });
  win.setInterval(tick, 1000);
  follow(buttons[0]?.dataset.presenterGo ?? '');
}
