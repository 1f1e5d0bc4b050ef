import type { Translation } from '../translation';
import type { strings as en } from '../en/loss-example';

/** loss-example 위젯의 한국어 UI 문자열. 키는 ../en/loss-example.ts와 같아야 한다(타입 검사기가 확인한다). */
export const strings: Translation<typeof en> = {
  // ——— 슬라이드의 예, 직접 움직여 보기 (src/widgets/loss-example/, components/LossExample.astro) ———
  lxTitle: '슬라이드의 예, 직접 움직여 보기',
  lxCaption: '실제 값 yᵢ와 예측 값 yᵢᵖ. 예시마다 단순한 차이 yᵢ − yᵢᵖ, 그 절대값과 제곱을 구하고, 합계가 그것들을 어떻게 다루는지 본다. 부호가 있는 합에서는 반대 방향의 오차가 서로 지워지지만, MAE와 MSE에서는 지워지지 않는다.',
  lxFormulaLabel: '식 속의 위젯 수: 첫 예시의 차이, 그다음 보이는 모든 예시에 대한 MAE와 MSE',
  lxAdd: '예시 추가',
  lxRemove: '마지막 예시 빼기',
  lxDeck: '슬라이드의 예',
  lxCancel: '서로 지워지게 하기 (강의의 추가)',
  lxCancelOut: '{min}부터 {max}까지의 어떤 예측 값으로도 예시 {i}의 차이가 나머지를 지울 수 없다(필요한 예측 값: {p}). 값을 바꾸거나 예시를 빼 보자.',
  lxY: 'y{s}, 예시 {i}의 실제 값',
  lxP: 'y{s}ᵖ, 예시 {i}의 예측 값',
  lxTableCaption: '예시마다 실제 값, 예측 값, 차이, 그 절대값과 제곱',
  lxSum: '합 Σ',
  lxMean: '평균 (÷ n)',
  lxPicture: '0부터 1000까지의 수직선 위에 예시마다 실제 값을 고리로, 예측 값을 점으로, 차이를 그 사이의 선분으로 그렸다. 옆에는 그 예시가 Σ|yᵢ − yᵢᵖ|와 Σ(yᵢ − yᵢᵖ)²에서 차지하는 몫',
  lxShareAbs: 'Σ|·|',
  lxShareSq: 'Σ(·)²',
  lxKeyY: '실제 값 yᵢ',
  lxKeyP: '예측 값 yᵢᵖ',
  lxKeyShares: '막대: 각 예시가 Σ|·|와 Σ(·)²에서 차지하는 몫',
  lxExact: '모든 예측이 정확하다. 부호가 있는 합, MAE, MSE가 모두 0이다.',
  lxOne: '예시가 하나라면 차이 {d}도 그럴듯한 답이다. 둘째 예시를 추가해 차이가 서로 지워지는 것을 보자.',
  lxCancelled: '부호가 있는 차이의 합이 0이다. 평균 {mae}만큼 틀린 모델이 "완벽한" 점수를 받는다. 절대값과 제곱은 서로 지워지지 않는다: MAE = {mae}, MSE = {mse}.',
  lxSameSign: '차이의 부호가 모두 같아서 아직 지워지는 것이 없다. 두 합의 크기가 같다: Σ(yᵢ − yᵢᵖ) = {sum}, Σ|yᵢ − yᵢᵖ| = {abs}. 모델이 반대 방향으로 틀리는 예시를 추가해 보자.',
  lxPartly: '부호가 있는 차이의 합은 {sum}, 절대값의 합은 {abs}이다. 반대 부호가 오차 {hidden}만큼을 가린다.',
  lxScale: '예시 {far}의 오차는 {dfar}, 예시 {near}의 오차는 {dnear}. 앞의 것이 {r}배 크다. 절대값은 그 오차에 {r}배, 제곱은 {r2}배를 매긴다({sqfar} 대 {sqnear}).',
  lxNoScale: '다른 크기로 틀리는 예시를 추가해 보자. 절대값은 더 크게 틀린 쪽에 두 오차의 비만큼, 제곱은 그 비의 제곱만큼 더 매긴다.',
  lxSummary: '예시 {n}개: 부호가 있는 합 {sum}, MAE {mae}, MSE {mse}.',
};
