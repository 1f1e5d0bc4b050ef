import type { ChapterSlug } from '../chapters';
import type { Lang } from '../i18n';

/**
 * Every demonstration of the course, in chapter order. Each is placed in its chapter (both languages)
 * and also has a page of its own at /demos/<id>/ (and /ko/demos/<id>/), filling the screen, so a
 * lecturer can open one demo directly. The Astro component for each id is in components/demos.ts.
 */
export interface Demo {
  /** URL segment and the widget's URL-state namespace. */
  id: string;
  chapter: ChapterSlug;
  /** The section of the chapter it belongs to (a shared section id). */
  section: string;
  title: Record<Lang, string>;
  summary: Record<Lang, string>;
}

export const DEMOS: readonly Demo[] = [
  {
    id: 'gd-steps',
    chapter: 'optimizers',
    section: 'gradient-descent',
    title: { en: 'Gradient descent on the valley', ko: '골짜기 위의 경사하강법' },
    summary: {
      en: 'θ ← θ − η∇J(θ) on J = θ₁² + 10θ₂², step by step: η = 0.01 crawls, 0.03 converges, 0.13 diverges.',
      ko: 'J = θ₁² + 10θ₂²에서 θ ← θ − η∇J(θ)를 한 스텝씩: η = 0.01은 기어가고, 0.03은 수렴하고, 0.13은 발산한다.',
    },
  },
];
