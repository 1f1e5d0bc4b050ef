/**
 * Check-my-answer: before a step is revealed the reader types its value; the core's checkAnswer says
 * correct (the step is revealed), close (a rounding slip), a named mistake (said in plain words) or
 * wrong (try again, or show the answer). The score counts steps answered right at the first try.
 */
import type { AnswerCheck, MistakeName, TracePhase, TraceStep } from '../../core';
import type { Lang } from '../../i18n';
import { h, setText, uniqueId, type Guard } from '../kit/controls/dom';
import { fill, widgetString, type WidgetStringKey } from '../kit/strings';
import { readNumeral } from '../kit/numeral';
import { fixedValue, symbolText } from './format';
import { mathml } from './math';

const MISTAKE_KEYS: Record<MistakeName, WidgetStringKey> = {
  sign: 'stepperMistakeSign',
  'missing-slope': 'stepperMistakeMissingSlope',
  'updated-weight': 'stepperMistakeUpdatedWeight',
  'half-factor': 'stepperMistakeHalfFactor',
  'swapped-index': 'stepperMistakeSwappedIndex',
  'missing-eta': 'stepperMistakeMissingEta',
};

/** The plain-words explanation of a named mistake at a step of `phase`. */
export function mistakeKey(mistake: MistakeName, phase: TracePhase): WidgetStringKey {
  // In an update the flipped sign is adding the gradient, not (y′ − y).
  if (mistake === 'sign' && phase === 'update') return 'stepperMistakePlusSign';
  // At E itself the dropped ½ doubles E; the general text is about ∂E/∂y.
  if (mistake === 'half-factor' && phase === 'loss') return 'stepperMistakeHalfFactorLoss';
  return MISTAKE_KEYS[mistake];
}

export interface QuizScore {
  /** Step ids answered (checked or revealed), and those right at the first try. */
  readonly answered: Set<string>;
  readonly right: Set<string>;
}

export interface QuizPanel {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  /** Asks for `step` (or hides the question with undefined). */
  ask(step: TraceStep | undefined): void;
  showScore(score: QuizScore): void;
}

export interface QuizPanelOptions {
  readonly lang: Lang;
  /** The widget's error boundary, for every listener of the panel. */
  readonly guard: Guard;
  readonly decimals: () => number;
  /** The core's verdict on the typed value. */
  readonly check: (step: TraceStep, answer: number) => AnswerCheck;
  /** The step may be revealed; `firstTryRight` when the first answer was correct. */
  readonly onReveal: (step: TraceStep, firstTryRight: boolean) => void;
}

export function createQuizPanel(options: QuizPanelOptions): QuizPanel {
  const { lang } = options;
  const t = (key: WidgetStringKey) => widgetString(key, lang);
  // No decimal keypad: half the answers are negative, and iPhones' keypad has no minus key.
  const input = h('input', { type: 'text', autocomplete: 'off', spellcheck: 'false', size: 12, id: uniqueId('answer') });
  const label = h('label', { for: input.id });
  const checkButton = h('button', { type: 'button', class: 'nn-st-check-answer' }, t('stepperQuizCheck'));
  const reveal = h('button', { type: 'button', class: 'nn-st-reveal' }, t('stepperQuizReveal'));
  const message = h('p', { class: 'nn-st-quiz-message', role: 'status', id: uniqueId('message') });
  const score = h('p', { class: 'nn-st-score' });
  input.setAttribute('aria-describedby', message.id);
  const form = h('div', { class: 'nn-st-quiz-form' }, label, input, checkButton, reveal);
  const element = h('section', { class: 'nn-st-quiz' }, form, message, score);

  let step: TraceStep | undefined;
  let attempts = 0;
  /** Set when an answer reveals the step: its verdict stays while the next step is asked, and no longer. */
  let keepVerdict = false;

  const say = (text: string, verdict: string) => {
    setText(message, text);
    message.dataset.verdict = verdict;
  };

  const check = () => {
    if (!step) return;
    const numeral = readNumeral(input.value.trim().replace(/^−/, '-'));
    if (numeral.kind !== 'number') return say(t('stepperQuizInvalid'), 'invalid');
    attempts += 1;
    const result = options.check(step, numeral.value);
    const name = step.symbol;
    const value = fixedValue(step.value, options.decimals());
    if (result.verdict === 'correct') {
      const current = step;
      say(fill(t('stepperQuizCorrect'), { name: symbolText(name), value }), 'correct');
      keepVerdict = true;
      options.onReveal(current, attempts === 1);
      return;
    }
    // Close is not revealed: the value would give the exercise away; the reader retypes it.
    if (result.verdict === 'close') return say(fill(t('stepperQuizClose'), { decimals: options.decimals() }), 'close');
    if (result.verdict === 'mistake' && result.mistake) return say(t(mistakeKey(result.mistake, step.phase)), 'mistake');
    say(t('stepperQuizWrong'), 'wrong');
  };
  const giveUp = () => {
    if (!step) return;
    const current = step;
    say(fill(t('stepperQuizShown'), { name: symbolText(current.symbol), value: fixedValue(current.value, options.decimals()) }), 'shown');
    keepVerdict = true;
    options.onReveal(current, false);
  };
  checkButton.addEventListener('click', options.guard(check));
  reveal.addEventListener('click', options.guard(giveUp));
  input.addEventListener(
    'keydown',
    options.guard((event: KeyboardEvent) => {
      if (event.key === 'Enter') check();
    }),
  );

  return {
    element,
    input,
    ask(next) {
      form.hidden = next === undefined;
      if (next?.id === step?.id) return;
      step = next;
      attempts = 0;
      input.value = '';
      // The verdict on the step just revealed stays until the next check; any other move (Next, Back,
      // Jump to) clears it, or it would speak of a step no longer on screen.
      if (!keepVerdict) {
        setText(message, '');
        delete message.dataset.verdict;
      }
      keepVerdict = false;
      if (next) label.innerHTML = fill(t('stepperQuizAsk'), { name: mathml(next.symbol) });
    },
    showScore(current) {
      setText(score, fill(t('stepperQuizScore'), { right: current.right.size, total: current.answered.size }));
    },
  };
}
