/**
 * Reads the structure of a chapter's MDX source without compiling it: its front matter, its `##`
 * sections (with their shared ids), its display formulas and the components it places. The unit
 * tests use it to hold the English and Korean twins in step.
 */

/** @typedef {{ id: string | null, text: string }} Section */
/** @typedef {{ frontMatter: string, sections: Section[], displayMath: string[], inlineMath: string[], components: string[] }} ChapterSource */

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;
const SECTION = /^##\s+(.*?)\s*(?:\{\/\*\s*#([a-z0-9][a-z0-9-]*)\s*\*\/\})?\s*$/;

/** Collapses whitespace so that line-wrapping does not count as a difference. */
export function normalizeMath(tex) {
  return tex.replace(/\s+/g, ' ').trim();
}

/**
 * @param {string} source the MDX file's text
 * @returns {ChapterSource}
 */
export function readChapterSource(source) {
  const fm = FRONT_MATTER.exec(source);
  const frontMatter = fm ? fm[1] : '';
  let body = fm ? source.slice(fm[0].length) : source;

  // Fenced code blocks hold neither math nor headings.
  body = body.replace(/^```[\s\S]*?^```/gm, '');

  const displayMath = [];
  body = body.replace(/\$\$([\s\S]+?)\$\$/g, (_, tex) => {
    displayMath.push(normalizeMath(tex));
    return ' ';
  });

  const inlineMath = [];
  for (const m of body.matchAll(/(?<![\\$])\$([^$\n]+?)\$/g)) inlineMath.push(m[1]);

  const sections = [];
  for (const line of body.split('\n')) {
    const m = SECTION.exec(line);
    if (m && !line.startsWith('###')) sections.push({ id: m[2] ?? null, text: m[1] });
  }

  const components = [...body.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)].map((m) => m[1]);

  return { frontMatter, sections, displayMath, inlineMath, components };
}
