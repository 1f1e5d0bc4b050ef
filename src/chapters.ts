/** The deck's table of contents, in order. A chapter's URL names its topic in English in both languages. */
export const CHAPTER_SLUGS = [
  'perceptron',
  'backpropagation',
  'activation-functions',
  'loss-functions',
  'optimizers',
  'dropout',
  'batch-normalization',
] as const;

export type ChapterSlug = (typeof CHAPTER_SLUGS)[number];
