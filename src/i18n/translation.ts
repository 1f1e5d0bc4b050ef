/** A translation of a module of English UI strings: the same keys, each a string. */
export type Translation<T> = { readonly [K in keyof T]: string };
