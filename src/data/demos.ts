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
    id: 'training-loop',
    chapter: 'perceptron',
    section: 'training-loop',
    title: { en: 'The training loop on XOR', ko: 'XOR을 배우는 학습 루프' },
    summary: {
      en: 'A sigmoid network learns XOR by backpropagation until the loss is within the tolerance — or gets stuck.',
      ko: '시그모이드 신경망이 역전파로 XOR을 배워 손실이 허용 오차 안에 들거나, 지역 최솟값에 갇힌다.',
    },
  },
  {
    id: 'forward-pass',
    chapter: 'perceptron',
    section: 'forward-propagation',
    title: { en: 'Forward propagation, one quantity at a time', ko: '순전파, 한 값씩' },
    summary: {
      en: 'Each unit’s net input and output of a 2-2-1 sigmoid network, computed in turn on the diagram.',
      ko: '2-2-1 시그모이드 신경망의 각 유닛의 순입력과 출력을 그림 위에서 차례로 계산한다.',
    },
  },
];
