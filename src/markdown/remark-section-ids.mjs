/**
 * Stable section ids for chapter headings, shared by the English and Korean twins.
 *
 * A heading names its id in an MDX comment at its end:
 *
 *     ## 델타 규칙 (delta rule) {/* #delta-rule *\/}
 *
 * The comment is removed and the id set on the heading, so `/perceptron/#delta-rule` and
 * `/ko/perceptron/#delta-rule` are the same section and the language switch can keep the
 * reader's place. Astro's own heading-id pass keeps ids that are already set. Every `##`
 * heading must carry one: a missing id fails the build, naming the file and the heading.
 */

const ID_COMMENT = /^\s*\/\*\s*#([a-z0-9][a-z0-9-]*)\s*\*\/\s*$/;

/** @param {any} node */
function textOf(node) {
  if (typeof node.value === 'string' && node.type !== 'mdxTextExpression') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** @param {any} heading @returns {string | undefined} */
export function takeSectionId(heading) {
  const last = heading.children.at(-1);
  const match = last?.type === 'mdxTextExpression' ? ID_COMMENT.exec(last.value) : null;
  if (!match) return undefined;
  heading.children.pop();
  const before = heading.children.at(-1);
  if (before?.type === 'text') before.value = before.value.replace(/\s+$/, '');
  return match[1];
}

/** @param {any} tree @param {(node: any) => void} visit */
function eachHeading(tree, visit) {
  for (const child of tree.children ?? []) {
    if (child.type === 'heading') visit(child);
    else eachHeading(child, visit);
  }
}

export function remarkSectionIds() {
  /** @param {any} tree @param {any} file */
  return (tree, file) => {
    eachHeading(tree, (heading) => {
      const id = takeSectionId(heading);
      if (id) {
        heading.data ??= {};
        heading.data.hProperties = { ...heading.data.hProperties, id };
      } else if (heading.depth === 2) {
        throw new Error(`${file.path ?? 'markdown'}: "## ${textOf(heading)}" needs a section id, e.g. {/* #my-section */}`);
      }
    });
  };
}
