import type { Translation } from '../translation';
import type { strings as en } from '../en/dropout-scale';

/** dropout-scale 위젯의 한국어 UI 문자열. 키는 ../en/dropout-scale.ts와 같아야 한다(타입 검사기가 확인한다). */
export const strings: Translation<typeof en> = {
  // ——— 왜 보정하는가? 학습 때와 테스트 때 (src/widgets/dropout-scale/, components/DropoutScale.astro) ———
  dsTitle: '왜 보정하는가? 학습 때와 테스트 때',
  dsCaption: '유닛 하나가 드롭아웃을 적용한 층에서 z = Σ w_j ỹ_j를 받는다. 막대는 무작위 마스크 N개로 얻은 학습 때의 z를 세고, 점선은 그 평균, 실선은 테스트 때 유닛이 받는 z이다. 어느 방식으로 보정하든 실선은 막대의 한가운데를 지난다. “보정을 잊음”을 고르면 실선이 p·Σ w_j y_j만큼 비켜나는 것을 볼 수 있다.',
  dsMode: '보정 방식',
  dsModeOriginal: '원래 방식: 테스트 때 × (1 − p)',
  dsModeInverted: '역 드롭아웃: 학습 때 ÷ (1 − p) (PyTorch, Keras)',
  dsModeUnscaled: '보정을 잊음: 어디서도 하지 않음',
  dsP: '드롭 확률 p',
  dsMasks: '마스크 수 N',
  dsResample: '새 마스크 뽑기',
  dsSeed: '마스크 시드',
  dsLayerBox: '층: {layer}',
  dsLayer: '층',
  dsLayerChapter: '본문의 계산 예 (n = 5)',
  dsLayerRandom: '무작위, n = {n}',
  dsLayerRandomOption: '무작위',
  dsUnits: '유닛 수 n (무작위 층)',
  dsLayerSeed: '층 시드 (무작위 층)',
  dsLayerValues: 'y = ({y}), w = ({w})',
  dsPlot: '마스크 {masks}개로 얻은 학습 때 z의 히스토그램. z는 {lo}부터 {hi}까지이고, 표본 평균은 {sampleMean}(점선), 테스트 때의 z는 {test}(실선)이다.',
  dsMeanMark: '평균 z̄ = {value}',
  dsTestMark: '테스트 z = {value}',
  dsTableCaption: '학습 때의 z: 모든 마스크에 대한 정확한 값과 이번 표본의 값',
  dsColExact: '정확한 값',
  dsColSample: '마스크 {masks}개',
  dsRowMean: '평균',
  dsRowVariance: '분산',
  dsRowSd: '표준편차',
  dsMatch: '테스트 때의 z = {test}는 E[z]와 같다. 실선이 막대의 한가운데를 지난다. 표본 평균은 여기서 {gap}만큼, 표준 오차의 {ses}배 떨어져 있다(√(Var/N) = {se}). 퍼짐은 남는다. 학습의 각 단계에서 z의 표준편차는 {sd}이다.',
  dsShift: '보정을 잊음: 테스트 때의 z = {test}는 E[z] = {mean}에서 p·Σ w_j y_j = {shift}만큼 떨어져 있다. 학습 때 z의 표준편차로 {sds}배이다. 테스트 때 다음 층은 학습 때와 전혀 다른 입력을 받는다.',
  dsNoSpread: 'Var[z] = 0 (p = 0이거나 모든 w_j y_j = 0): 어느 마스크든 z = {value}로 같고, 테스트 때의 z는 {test}이다.',
  dsFormulaLabel: '현재 수를 넣은 보정 규칙',
};
