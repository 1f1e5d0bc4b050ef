/**
 * Every word a worksheet prints (Markdown, CSV and LaTeX), in English and Korean. These are words of
 * the core's output documents, as the trace CLI prints them (`--lang en|ko`), so they live here and
 * not in the site's UI dictionary (src/i18n): the stepper passes WORKSHEET_LABELS[lang] and its
 * downloads equal the CLI's. The Korean follows the course's chapter (content/ko/backpropagation.mdx)
 * and the stepper's own table (값 이름, 식, 값).
 */

import type { TracePhase } from './types';

export type WorksheetLang = 'en' | 'ko';

export const WORKSHEET_LANGS: readonly WorksheetLang[] = ['en', 'ko'];

export interface WorksheetLabels {
  /** Column headings (Markdown, CSV, LaTeX): the step's symbol, its formula, its value. */
  readonly quantity: string;
  readonly formula: string;
  readonly value: string;
  /** CSV headings of the phase and id columns (their values stay machine keys). */
  readonly phase: string;
  readonly id: string;
  /** The heading row of each phase (Markdown, LaTeX). */
  readonly phases: Readonly<Record<TracePhase, string>>;
  /** The LaTeX document's heading (replaced by LatexWorksheetOptions.title when given). */
  readonly title: string;
  /** The LaTeX "Given" section: its heading and the words before each item. */
  readonly given: string;
  readonly input: string;
  readonly target: string;
  readonly learningRate: string;
  readonly loss: string;
  /** A layer's name; {layer} is its number from 1 (layer 1 is the first after the input). */
  readonly layer: string;
  /** Before a leaky ReLU's negative-side slope, e.g. "slope 0.01". */
  readonly slope: string;
  readonly biasesUpdated: string;
  readonly biasesFixed: string;
}

export const WORKSHEET_LABELS: Readonly<Record<WorksheetLang, WorksheetLabels>> = {
  en: {
    quantity: 'quantity',
    formula: 'formula',
    value: 'value',
    phase: 'phase',
    id: 'id',
    phases: { forward: 'forward', loss: 'loss', delta: 'backward', gradient: 'gradients', update: 'updates' },
    title: 'Backpropagation: one training step',
    given: 'Given',
    input: 'Input',
    target: 'Target',
    learningRate: 'Learning rate',
    loss: 'Loss',
    layer: 'Layer {layer}',
    slope: 'slope',
    biasesUpdated: 'Biases are updated.',
    biasesFixed: 'Biases are fixed (not updated).',
  },
  ko: {
    quantity: '값 이름',
    formula: '식',
    value: '값',
    phase: '단계',
    id: 'id',
    phases: { forward: '순전파', loss: '오차', delta: '역전파', gradient: '기울기', update: '갱신' },
    title: '역전파: 학습 한 단계',
    given: '주어진 값',
    input: '입력',
    target: '목표 값',
    learningRate: '학습률',
    loss: '손실 함수',
    layer: '{layer}층',
    slope: '음수 쪽 기울기',
    biasesUpdated: '바이어스도 갱신한다.',
    biasesFixed: '바이어스는 고정한다(갱신하지 않는다).',
  },
};

/** True when `text` holds Hangul (jamo, compatibility jamo or syllables): LaTeX then needs kotex. */
export function hasHangul(text: string): boolean {
  return /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(text);
}
