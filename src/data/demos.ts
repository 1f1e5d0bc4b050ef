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
    id: 'delta-rule',
    chapter: 'perceptron',
    section: 'parameter-update',
    title: { en: 'The delta rule, one sample at a time', ko: '델타 규칙, 학습 벡터 하나씩' },
    summary: {
      en: 'Step a perceptron through AND, OR, NAND or XOR: each update with its numbers, the moving decision line, errors per epoch.',
      ko: '퍼셉트론이 AND, OR, NAND, XOR를 한 단계씩 학습한다. 갱신마다 실제 수, 움직이는 결정 직선, 에포크별 오류 수를 보여 준다.',
    },
  },
];
