/**
 * The slides of a chapter, for presentation mode. Each `##` section is already a
 * <section class="slide"> (src/markdown/rehype-section-slides.mjs); everything in the article before
 * the first section — the title, the summary, the outcomes, the opening paragraphs — is slide 0.
 */
export interface Slide {
  /** 'intro', or the section's shared id (the same in both languages, so it suits the URL). */
  id: string;
  title: string;
  parts: HTMLElement[];
}

export function collectSlides(article: HTMLElement): Slide[] {
  const children = [...article.children] as HTMLElement[];
  const sections = children.filter((el) => el.matches('section.slide'));
  const intro: Slide = {
    id: 'intro',
    title: article.querySelector('h1')?.textContent ?? '',
    parts: children.filter((el) => !sections.includes(el)),
  };
  return [
    intro,
    ...sections.map((section) => {
      const heading = section.querySelector('h2');
      return { id: heading?.id ?? '', title: heading?.textContent ?? '', parts: [section] };
    }),
  ];
}

/** The slide a URL names (?slide=<id>); unknown ids fall back to the first slide. */
export function slideIndex(slides: readonly Slide[], id: string | null): number {
  const at = slides.findIndex((s) => s.id === id);
  return at >= 0 ? at : 0;
}
