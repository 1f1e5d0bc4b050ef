import type { Translation } from '../translation';
import type { strings as en } from '../en/backprop-deeper';

/** backprop-deeper 위젯의 한국어 UI 문자열. 키는 ../en/backprop-deeper.ts와 같아야 한다(타입 검사기가 확인한다). */
export const strings: Translation<typeof en> = {
  // ——— Backprop deeper widget (src/widgets/backprop-deeper/, components/BackpropDeeper.astro) ———
  deeperTitle: '더 긴 사슬과 δ, 인수 하나씩',
  deeperCaption:
    '사슬 x → h₁ → h₂ → y를 거꾸로 따라간다. 다음을 누를 때마다 인수가 하나씩 나타난다. 각 δ가 처음부터 다시 계산하지 않고 바로 위 유닛의 δ를 다시 쓰는 것을 확인해 보자.',
  deeperW1: 'w₁',
  deeperW2: 'w₂',
  deeperW3: 'w₃',
  deeperValuesSummary: '값: x = {x}, w₁ = {w1}, w₂ = {w2}, w₃ = {w3}, y′ = {yt}',
  deeperStepOf: '인수 {step} / {total}',
  deeperDiagram: '사슬 x → h₁ → h₂ → y → E: 각 유닛의 값, 연결선마다 가중치, 각 유닛 아래에 미분값과 (드러난 뒤의) δ',
  deeperForward: '순전파 (주어진 값)',
  deeperBackward: '역방향: 출력에서 아래로 내려가며 구하는 δ',
  deeperGradients: '기울기: 가중치가 들어가는 유닛의 δ × 그 가중치를 따라 들어오는 값',
  deeperSlopeNote:
    '발표 자료에는 δ₂ = δ_y · sig(w₃h₂)′ · w₃로 적혀 있다. 위의 참고에서 설명했듯이 이 미분값은 δ를 구하는 유닛 h₂의 것이며, h₂의 입력 w₂h₁에서 잰 값이다: sig(w₂h₁)′ = h₂(1 − h₂).',
  deeperStart: '아직 아무 인수도 보이지 않는다. 다음을 누르면 δ_y의 첫 인수가 나타난다.',
  deeperFactor: '인수 {step} / {total}: {symbol} = {value}, {what}.',
  deeperWhatError: '오차 y − y′',
  deeperWhatSlope: '입력에서 잰 {unit}의 미분값',
  deeperWhatSlopeH2: '입력 w₂h₁에서 잰 h₂의 미분값 (발표 자료의 sig(w₃h₂)′을 참고의 설명대로 읽은 것)',
  deeperWhatWeight: '거꾸로 지나가는 가중치 {w}',
  deeperWhatInput: '가중치 {w}에 실려 들어오는 값',
  deeperWhatReused: '바로 위 단계에서 온 값 ({delta} 줄에서 한 번 계산해 두고 여기서 다시 쓴다)',
  deeperComplete: '이것으로 완성: {symbol} = {value}.',
};
