import ForwardPass from './ForwardPass.astro';
import TrainingLoop from './TrainingLoop.astro';
/**
 * The Astro component of each demo in src/data/demos.ts, by id, so the demo pages can render any of
 * them. A unit test checks that the two lists name the same demos.
 */
export const DEMO_COMPONENTS: Record<string, (props: { lang: 'en' | 'ko' }) => unknown> = {
  'training-loop': TrainingLoop,
  'forward-pass': ForwardPass,
};
