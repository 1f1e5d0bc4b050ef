import type { Translation } from '../translation';
import type { strings as en } from '../en/mse-vs-ce';

/** mse-vs-ce 위젯의 한국어 UI 문자열. 키는 ../en/mse-vs-ce.ts와 같아야 한다(타입 검사기가 확인한다). */
export const strings: Translation<typeof en> = {
  // ——— 분류에 MSE를 쓰지 않는 이유 (src/widgets/mse-vs-ce/) ———
  mceTitle: '분류에 MSE를 쓰지 않는 이유',
  mceCaption: '입력 x = 1, 목표 값 y′ = 0인 sigmoid 뉴런 y = sig(wx + b) 하나를 자신 있게 틀린 상태에서 출발시켜, 제곱 오차 E = ½(y − y′)²과 교차 엔트로피 L로 나란히 경사하강법 학습을 한다. 출발점과 η는 같다.',
  mceFormulaLabel: '다음 스텝의 기울기와 실제 수: 제곱 오차, 그다음 교차 엔트로피',
  mceStart: '출발점 (w₀, b₀: {min}부터 {max}까지)',
  mceEta: 'η (학습률)',
  mceMse: 'MSE (E)',
  mceCe: '교차 엔트로피 (L)',
  mceOutputChart: '제곱 오차와 교차 엔트로피로 학습한 뉴런의 에포크별 출력 y. 목표 값은 0',
  mceLossChart: '에포크별 손실: 제곱 오차로 학습한 뉴런의 E = ½(y − y′)², 교차 엔트로피로 학습한 뉴런의 L',
  mceEpoch: '에포크',
  mceOutput: '출력 y',
  mceLoss: '손실: E와 L',
  mceNow: '에포크 {epoch}. MSE: y = {ym}, E = {em}. 교차 엔트로피: y = {yc}, L = {lc}.',
  mceSaturated: 'MSE의 기울기에는 (y − y′)x에 더해 인수 y(1 − y)가 곱해진다(지금 {slope}). sigmoid가 포화되어 있어서, 같은 출력이라면 MSE의 스텝은 교차 엔트로피보다 {ratio}배 짧다. 여기서 MSE가 느리게 배우는 이유가 바로 이 인수다.',
  mceUnsaturated: 'MSE의 기울기에 곱해지는 인수 y(1 − y)가 커졌다(지금 {slope}). 뉴런이 sigmoid의 평평한 부분을 벗어나 MSE도 빨라진다.',
  mceNear: 'MSE 뉴런이 목표 값 가까이 왔다. 두 기울기 모두 y − y′에 따라 작아지고, MSE의 기울기에는 여전히 인수 y(1 − y)가 곱해진다(지금 {slope}).',
  mceDone: '끝: {epochs} 에포크.',
  mceSummary: '에포크 {epoch}: MSE 출력 {ym}, 교차 엔트로피 출력 {yc}.',
};
