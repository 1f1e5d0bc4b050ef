/**
 * The course's examples are shared by widgets, build-time pages, the CLI's files and tests, so none of
 * them may change one in place: every example is frozen all the way down, and a write throws (ES
 * modules run in strict mode). A caller that needs to edit one takes a copy (structuredClone).
 */
export function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) frozen(child);
    Object.freeze(value);
  }
  return value;
}
