/**
 * Links written in the chapters as site paths ('/backpropagation/#output-weight') point inside the
 * course wherever it is served: under a base path ('/learning-techniques/'), each such href is
 * prefixed with it. Other links (another site, '#section', '//host/…') are left alone.
 */
/** @param {any} node @param {string} base */
function prefixLinks(node, base) {
  const href = node.tagName === 'a' ? node.properties?.href : undefined;
  if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(base)) {
    node.properties.href = `${base}${href.slice(1)}`;
  }
  for (const child of node.children ?? []) prefixLinks(child, base);
}

/** @param {{ base?: string }} options the site's base path, ending in '/' */
export function rehypeBaseLinks({ base = '/' } = {}) {
  return (/** @type {any} */ tree) => {
    if (base !== '/') prefixLinks(tree, base);
  };
}
