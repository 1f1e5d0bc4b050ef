/**
 * For plain `tsc`, which cannot read .astro files: an .astro import is a component. `astro check`
 * resolves the real files and their Props instead.
 */
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
