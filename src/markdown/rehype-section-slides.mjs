/**
 * Wraps each `##` section of a chapter — the heading and everything up to the next `##` — in
 * `<section class="slide" aria-labelledby="<id>">`. The sections give a lecture's presenter
 * view its notes (one section at a time), a chapter's P key the section being read, and screen
 * readers a region per section.
 */
export function rehypeSectionSlides() {
  /** @param {any} tree */
  return (tree) => {
    /** @type {any[]} */
    const children = [];
    /** @type {any} */
    let section = null;
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'h2') {
        const id = String(node.properties?.id ?? '');
        section = {
          type: 'element',
          tagName: 'section',
          properties: { className: ['slide'], ariaLabelledBy: id || undefined },
          children: [node],
        };
        children.push(section);
      } else if (section && node.type !== 'mdxjsEsm') {
        section.children.push(node);
      } else {
        children.push(node);
      }
    }
    tree.children = children;
  };
}
