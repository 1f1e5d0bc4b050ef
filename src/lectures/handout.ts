/**
 * A lecture's handout (src/pages/[...lang]/lectures/[chapter]/handout.astro): each slide, then, after
 * the last slide of a section, that section of the chapter as its notes. The slides and the chapter
 * arrive in templates, so no widget starts: each live demo is named instead, with the address of
 * its slide, where a reader of the paper can open it.
 */
import { fill } from '../i18n/fill';

/** Replaces every widget figure under `root` with a line naming it and where it lives. */
function nameDemos(root: ParentNode, line: (title: string) => string): void {
  for (const figure of root.querySelectorAll<HTMLElement>('figure.widget')) {
    const note = figure.ownerDocument.createElement('p');
    note.className = 'handout-demo';
    note.textContent = line(figure.querySelector('.widget-title')?.textContent?.trim() ?? '');
    figure.replaceWith(note);
  }
}

export function assembleHandout(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-handout]');
  const body = doc.querySelector<HTMLElement>('[data-handout-body]');
  const slidesTemplate = doc.querySelector<HTMLTemplateElement>('template[data-handout-slides]');
  const notesTemplate = doc.querySelector<HTMLTemplateElement>('template[data-handout-notes]');
  if (!root || !body || !slidesTemplate || !notesTemplate) return;
  const deck = new URL(root.dataset.deck ?? '', doc.defaultView!.location.href);
  const slides = [...slidesTemplate.content.cloneNode(true).childNodes].filter(
    (node): node is HTMLElement => node instanceof HTMLElement && node.matches('.lecture-slide'),
  );
  const notes = notesTemplate.content.cloneNode(true) as DocumentFragment;
  const sectionOf = (id: string) => [...notes.querySelectorAll<HTMLElement>('section.slide')].find((s) => s.querySelector('h2')?.id === id);

  slides.forEach((slide, i) => {
    const at = new URL(deck);
    at.searchParams.set('slide', slide.dataset.slide ?? '');
    nameDemos(slide, (title) => fill(root.dataset.demoAt ?? '{title} — {url}', { title, url: at.href }));
    slide.classList.add('handout-slide');
    slide.querySelector('.lecture-slide-title')?.prepend(`${i + 1}. `);
    body.append(slide);
    const section = slide.dataset.section ?? '';
    if (slides[i + 1]?.dataset.section === section) return;
    const prose = sectionOf(section);
    if (!prose) return;
    nameDemos(prose, (title) => fill(root.dataset.demoAt ?? '{title} — {url}', { title, url: at.href }));
    prose.classList.add('handout-notes', 'prose');
    body.append(prose);
  });
}
