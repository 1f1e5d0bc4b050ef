/**
 * The Astro component of each demo in src/data/demos.ts, by id, so the demo pages can render any of
 * them. A unit test checks that the two lists name the same demos.
 */
import DeltaRule from './DeltaRule.astro';

export const DEMO_COMPONENTS: Record<string, (props: { lang: 'en' | 'ko' }) => unknown> = {
  'delta-rule': DeltaRule,
};
