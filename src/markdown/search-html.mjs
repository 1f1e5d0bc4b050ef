/**
 * A built page's HTML as the search index should read it. KaTeX writes every formula twice: MathML for
 * screen readers (ending in the TeX source, as an <annotation>) and HTML for the eye (spans, struts and
 * spacers whose text runs together). Neither reads well in a snippet, so the index sees the formula as
 * text made from its TeX source (tex-to-text.mjs), in place of the MathML, and skips the HTML copy
 * (`.katex-html`, excluded by src/integrations/search-index.mjs). The page served is unchanged.
 */
import { texToText } from './tex-to-text.mjs';

const MATHML = /<span class="katex-mathml">\s*<math\b[\s\S]*?<\/math>\s*<\/span>/g;
const ANNOTATION = /<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/;

/** @type {Record<string, string>} */
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** @param {string} text */
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
  });
}

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Replaces each formula's MathML with a span holding the formula as text.
 * @param {string} html
 * @returns {string}
 */
export function mathAsText(html) {
  return html.replace(MATHML, (mathml) => {
    const tex = ANNOTATION.exec(mathml)?.[1];
    return tex === undefined ? '' : `<span class="katex-search-text">${escapeHtml(texToText(decodeEntities(tex)))}</span>`;
  });
}
