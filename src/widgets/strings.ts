/**
 * The widget kit's UI strings, English and Korean, with identical keys (the type of `ko` enforces it;
 * tests/unit/widgets/strings.test.ts checks that each pair uses the same placeholders).
 * Kept here until they are folded into the site dictionaries in src/i18n/.
 *
 * Pure modules (validate, url-state, runner) never build sentences: they return a WidgetMessage —
 * a key and its parameters — and the widget formats it in the reader's language.
 */
import type { Lang } from '../i18n';

const en = {
  // Typed numeric fields (the field's label is beside the message, so it is not repeated).
  notANumber: '“{raw}” is not a number; keeping {value}.',
  decimalComma: 'Write decimals with a point (0.5, not 0,5) and no thousands separators; keeping {value}.',
  notFinite: '“{raw}” is far outside {min} to {max}; using {value}.',
  outOfRange: '{raw} is outside {min} to {max}; using {value}.',
  notInteger: '{raw} is not a whole number; using {value}.',
  empty: 'Enter a number from {min} to {max}; keeping {value}.',

  // Values in a shared link that were not used ({name} is the URL key, e.g. delta.alpha).
  urlNotANumber: '{name}: “{raw}” is not a number — using {fallback}',
  urlDecimalComma: '{name}: “{raw}” has a comma; decimals take a point — using {fallback}',
  urlNotFinite: '{name}: “{raw}” is too large — using {fallback}',
  urlEmpty: '{name} has no value — using {fallback}',
  urlOutOfRange: '{name}: {raw} is outside {min} to {max} — using {fallback}',
  urlNotInteger: '{name}: {raw} is not a whole number — using {fallback}',
  urlNotBoolean: '{name}: “{raw}” is not 1 or 0 — using {fallback}',
  urlUnknownValue: '{name}: “{raw}” is not one of {values} — using {fallback}',
  urlTooLong: '{name}: the value is longer than {maxLength} characters — using {fallback}',
  urlUnknownKey: '{name} is not a setting of this demo — ignored',
  urlDuplicate: '{name} appears more than once — only the first is read',
  urlNoticeTitle: 'Some settings in the link were not used:',

  // Training runs.
  divergedNonFinite: 'Diverged at step {step}: the loss became {loss}.',
  divergedRunaway: 'Diverged at step {step}: the loss grew to {loss}.',
  divergedHint: 'Try a smaller {symbol}, then reset.',

  // The error box a failing widget shows in its own frame.
  errorTitle: 'This demo stopped working.',
  errorUnknown: 'An unexpected error occurred.',
  errorReload: 'Reload this demo',

  // Keyboard shortcuts and their help overlay.
  keysTitle: 'Keyboard shortcuts',
  keysClose: 'Close',
  keysPage: 'Anywhere on the page',
  keysWidget: 'While a demo has focus',
  keysShowHelp: 'Show the keyboard shortcuts',
  keysPlayPause: 'Play or pause training',
  keysStep: 'Run one training step',
  keysReset: 'Reset the demo',
  keySpace: 'Space',
} as const;

export type WidgetStringKey = keyof typeof en;

const ko: Record<WidgetStringKey, string> = {
  notANumber: '“{raw}”은(는) 숫자가 아닙니다. {value} 값을 그대로 씁니다.',
  decimalComma: '소수점은 마침표로 쓰고(0,5가 아니라 0.5) 천 단위 구분 기호는 빼 주세요. {value} 값을 그대로 씁니다.',
  notFinite: '“{raw}”은(는) {min}~{max} 범위를 크게 벗어납니다. {value} 값을 씁니다.',
  outOfRange: '{raw}은(는) {min}~{max} 범위를 벗어납니다. {value} 값을 씁니다.',
  notInteger: '{raw}은(는) 정수가 아닙니다. {value} 값을 씁니다.',
  empty: '{min}~{max} 사이의 수를 입력하세요. {value} 값을 그대로 씁니다.',

  urlNotANumber: '{name}: “{raw}”은(는) 숫자가 아닙니다 — 기본값 {fallback} 사용',
  urlDecimalComma: '{name}: “{raw}”에 쉼표가 있습니다. 소수점은 마침표로 씁니다 — 기본값 {fallback} 사용',
  urlNotFinite: '{name}: “{raw}”은(는) 너무 큰 수입니다 — 기본값 {fallback} 사용',
  urlEmpty: '{name}: 값이 비어 있습니다 — 기본값 {fallback} 사용',
  urlOutOfRange: '{name}: {raw}은(는) {min}~{max} 범위를 벗어납니다 — 기본값 {fallback} 사용',
  urlNotInteger: '{name}: {raw}은(는) 정수가 아닙니다 — 기본값 {fallback} 사용',
  urlNotBoolean: '{name}: “{raw}”은(는) 1이나 0이 아닙니다 — 기본값 {fallback} 사용',
  urlUnknownValue: '{name}: “{raw}”은(는) {values} 중 하나가 아닙니다 — 기본값 {fallback} 사용',
  urlTooLong: '{name}: 값이 {maxLength}자보다 깁니다 — 기본값 {fallback} 사용',
  urlUnknownKey: '{name}은(는) 이 데모의 설정이 아닙니다 — 무시함',
  urlDuplicate: '{name}이(가) 두 번 이상 있습니다 — 첫 번째 값만 읽음',
  urlNoticeTitle: '링크의 설정 중 일부를 쓰지 않았습니다:',

  divergedNonFinite: '{step}번째 단계에서 발산했습니다. 손실이 {loss}이(가) 되었습니다.',
  divergedRunaway: '{step}번째 단계에서 발산했습니다. 손실이 {loss}까지 커졌습니다.',
  divergedHint: '{symbol} 값을 줄인 뒤 초기화해 보세요.',

  errorTitle: '이 데모가 멈췄습니다.',
  errorUnknown: '예상하지 못한 오류가 발생했습니다.',
  errorReload: '이 데모 다시 불러오기',

  keysTitle: '단축키',
  keysClose: '닫기',
  keysPage: '페이지 어디에서나',
  keysWidget: '데모에 포커스가 있을 때',
  keysShowHelp: '단축키 목록 보기',
  keysPlayPause: '학습 재생 또는 일시 정지',
  keysStep: '학습 한 단계 진행',
  keysReset: '데모 초기화',
  keySpace: 'Space',
};

export const widgetStrings: Record<Lang, Record<WidgetStringKey, string>> = { en, ko };

export type MessageParams = Readonly<Record<string, string | number>>;

/** A sentence not yet in any language: the key of its template and the values for its placeholders. */
export interface WidgetMessage {
  readonly key: WidgetStringKey;
  readonly params: MessageParams;
}

/**
 * A number for a sentence: six significant digits, exponent form when very large or small,
 * ∞ for infinities. Exact values belong in the fields; messages only have to be read.
 */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  const size = Math.abs(x);
  if (size !== 0 && (size >= 1e6 || size < 1e-4)) return x.toExponential(2);
  return String(Number(x.toPrecision(6)));
}

/** Fills `{name}` placeholders of one template; numbers go through formatNumber. */
export function fill(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

export function formatMessage(message: WidgetMessage, lang: Lang): string {
  return fill(widgetStrings[lang][message.key], message.params);
}

/** The template of one key, for text that is not a message (labels, titles). */
export function widgetString(key: WidgetStringKey, lang: Lang): string {
  return widgetStrings[lang][key];
}
