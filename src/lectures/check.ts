/**
 * A lecture follows its chapter: every slide names one of the chapter's `##` sections, every display
 * formula on a slide is one of the chapter's `$$` formulas (the deck's form, as the chapter sets it),
 * every widget on a slide is one the chapter places, and every diagram (components/diagrams: our own
 * drawing where the deck has a picture) is one the chapter draws in the slide's section. The English
 * and Korean lectures carry the same slides in the same order. `lectureProblems` reads the MDX sources as text and says what breaks
 * these rules; the lecture pages refuse to build while it says anything (src/lectures/sources.ts).
 */

export interface SlideSource {
  id: string;
  section: string;
  title: string;
  /** A widget slide holds one widget and nothing else; it is shown whole, in the widget's full-screen layout. */
  widget: boolean;
  /** The clicker steps the widget before moving on (a widget slide whose widget has steps). */
  steps: boolean;
  /** A diagram slide holds one of our diagrams, drawn large, and at most a couple of short lines. */
  diagram: boolean;
  formulas: string[];
  components: string[];
  /** The short lines (list items) of a text or diagram slide. */
  lines: string[];
}

/** At most this many short lines on a text slide: a slide is not a page of prose. */
export const MAX_LINES = 3;
/** At most this many display formulas on a text slide (more: split the slide). */
export const MAX_FORMULAS = 2;
/** At most this many short lines beside a diagram: the drawing is what the room looks at. */
export const MAX_DIAGRAM_LINES = 2;
/** A short line's length limit, in characters (Korean text is about twice as wide per character). */
export const MAX_LINE_CHARS = { en: 70, ko: 40 } as const;

const SLIDE = /<Slide\b([^>]*)>([\s\S]*?)<\/Slide>/g;
const DISPLAY = /^[ \t]*\$\$\s*\n([\s\S]*?)\n\s*\$\$\s*$/gm;

/** Whitespace is not part of a formula: `\frac{a}{b}` and `\frac{a} {b}` are the same formula. */
export function normalizeTex(tex: string): string {
  return tex.replace(/\s+/g, '');
}

function attribute(attributes: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1] ?? '';
}

/** A boolean attribute: `<Slide … widget>`. */
function flag(attributes: string, name: string): boolean {
  return new RegExp(`\\s${name}(?=\\s|$|/)`).test(attributes);
}

/** The components an MDX text uses as tags (<OneNeuron …>), in order, without repeats. */
export function componentsUsed(text: string): string[] {
  return [...new Set([...text.matchAll(/<([A-Z]\w*)[\s/>]/g)].map((m) => m[1]))];
}

/** The components an MDX text imports from components/diagrams/ (our drawings, not widgets). */
export function diagramsImported(text: string): Set<string> {
  return new Set([...text.matchAll(/^import (\w+) from '[^']*\/diagrams\/\w+\.astro';$/gm)].map((m) => m[1]));
}

/** The text of a chapter's `##` section, from its heading to the next one ('' when it has none). */
export function sectionText(chapter: string, section: string): string {
  const start = chapter.search(new RegExp(`^## .*\\{/\\* #${section} \\*/\\}`, 'm'));
  if (start < 0) return '';
  const end = chapter.slice(start + 3).search(/^## /m);
  return end < 0 ? chapter.slice(start) : chapter.slice(start, start + 3 + end);
}

/** The display formulas of an MDX text ($$ on lines of their own), normalized. */
export function displayFormulas(text: string): string[] {
  return [...text.matchAll(DISPLAY)].map((m) => normalizeTex(m[1]));
}

/** The ids of a chapter's `##` sections ({/* #id *\/} after the heading). */
export function chapterSections(text: string): string[] {
  return [...text.matchAll(/^## .*\{\/\* #([\w-]+) \*\/\}/gm)].map((m) => m[1]);
}

export function parseLecture(text: string): SlideSource[] {
  return [...text.matchAll(SLIDE)].map(([, attributes, body]) => ({
    id: attribute(attributes, 'id'),
    section: attribute(attributes, 'section'),
    title: attribute(attributes, 'title'),
    widget: flag(attributes, 'widget'),
    steps: flag(attributes, 'steps'),
    diagram: flag(attributes, 'diagram'),
    formulas: displayFormulas(body),
    components: componentsUsed(body),
    lines: [...body.matchAll(/^\s*- (.+)$/gm)].map((m) => m[1].trim()),
  }));
}

function longLines(slide: SlideSource, lang: 'en' | 'ko'): string[] {
  return slide.lines
    .filter((line) => [...line].length > MAX_LINE_CHARS[lang])
    .map((line) => `slide "${slide.id}": the line "${line}" is longer than ${MAX_LINE_CHARS[lang]} characters`);
}

/** What is wrong with one language's lecture against its chapter (empty: nothing). */
export function lectureProblems(lecture: string, chapter: string, lang: 'en' | 'ko'): string[] {
  const problems: string[] = [];
  const slides = parseLecture(lecture);
  if (slides.length === 0) problems.push('the lecture has no <Slide> elements');
  const sections = new Set(chapterSections(chapter));
  const formulas = new Set(displayFormulas(chapter));
  const widgets = new Set(componentsUsed(chapter));
  const seenIds = new Set<string>();
  const seenWidgets = new Set<string>();
  const diagrams = diagramsImported(lecture);
  for (const slide of slides) {
    const where = `slide "${slide.id}"`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slide.id)) problems.push(`${where}: the id must be kebab-case ASCII`);
    if (seenIds.has(slide.id)) problems.push(`${where}: the id is used twice`);
    seenIds.add(slide.id);
    if (!slide.title) problems.push(`${where}: no title`);
    if (!sections.has(slide.section)) problems.push(`${where}: the chapter has no section #${slide.section}`);
    for (const formula of slide.formulas) {
      if (!formulas.has(formula)) problems.push(`${where}: the chapter has no display formula ${formula}`);
    }
    if (slide.steps && !slide.widget) problems.push(`${where}: only a widget slide steps`);
    if (slide.widget) {
      if (slide.diagram) problems.push(`${where}: a slide is a widget slide or a diagram slide, not both`);
      if (slide.components.length !== 1 || slide.formulas.length > 0 || slide.lines.length > 0) {
        problems.push(`${where}: a widget slide holds exactly one widget and nothing else`);
      }
      for (const name of slide.components) {
        if (!widgets.has(name)) problems.push(`${where}: the chapter has no widget <${name}>`);
        if (seenWidgets.has(name)) problems.push(`${where}: <${name}> is on two slides (one place per widget)`);
        seenWidgets.add(name);
      }
    } else if (slide.diagram) {
      if (slide.components.length !== 1 || !diagrams.has(slide.components[0])) {
        problems.push(`${where}: a diagram slide holds exactly one diagram (a component imported from components/diagrams/)`);
      }
      for (const name of slide.components) {
        if (!sectionText(chapter, slide.section).includes(`<${name} `)) problems.push(`${where}: the chapter's section #${slide.section} does not draw <${name}>`);
      }
      if (slide.formulas.length > 0) problems.push(`${where}: a diagram slide holds no display formula; put it on a slide of its own`);
      if (slide.lines.length > MAX_DIAGRAM_LINES) problems.push(`${where}: more than ${MAX_DIAGRAM_LINES} lines beside a diagram; split the slide`);
      problems.push(...longLines(slide, lang));
    } else {
      if (slide.components.length > 0) problems.push(`${where}: a text slide holds no components (<${slide.components.join('>, <')}>); make it a widget or a diagram slide`);
      if (slide.formulas.length > MAX_FORMULAS) problems.push(`${where}: more than ${MAX_FORMULAS} display formulas; split the slide`);
      if (slide.lines.length > MAX_LINES) problems.push(`${where}: more than ${MAX_LINES} lines; split the slide`);
      problems.push(...longLines(slide, lang));
      if (slide.formulas.length === 0 && slide.lines.length === 0) problems.push(`${where}: an empty slide`);
    }
  }
  return problems;
}

/**
 * What differs between the English and the Korean lecture: the same slides, sections, widgets and
 * diagrams, in order, and the same number of formulas on each text slide and of lines beside each
 * diagram (the words themselves, and a formula's \text{} words, are in the slide's language).
 */
export function parityProblems(en: string, ko: string): string[] {
  const shape = (text: string) =>
    parseLecture(text).map((s) => {
      const kind = s.widget
        ? `widget <${s.components.join()}>${s.steps ? ' steps' : ''}`
        : s.diagram
          ? `diagram <${s.components.join()}>, ${s.lines.length} line(s)`
          : `text, ${s.formulas.length} formula(s)`;
      return `${s.id} §${s.section} ${kind}`;
    });
  const [a, b] = [shape(en), shape(ko)];
  const problems: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) problems.push(`slide ${i + 1}: en has "${a[i] ?? '(none)'}", ko has "${b[i] ?? '(none)'}"`);
  }
  return problems;
}
