import type { Translation } from '../translation';
import type { strings as en } from '../en/hidden-weight';

/** hidden-weight 위젯의 한국어 UI 문자열. 키는 ../en/hidden-weight.ts와 같아야 한다(타입 검사기가 확인한다). */
export const strings: Translation<typeof en> = {
  // ——— The hidden weight, live (src/widgets/hidden-weight/, components/HiddenWeight.astro) ———
  hwTitle: '은닉 쪽 가중치 w₁, 한 줄씩',
  hwCaption:
    '본문의 ∂E/∂w₁ 유도의 모든 줄에 직접 고른 값(x, w₁, w₂, y′)이 들어간다. 인수 위에 마우스를 올리거나 포커스하면 그 인수가 사슬의 어느 고리에서 왔는지 보이고, 검산은 w₁을 ±ε만큼 움직여 비교한다.',
  hwW1: 'w₁',
  hwW2: 'w₂',
  hwEta: 'η (학습률)',
  hwValuesSummary: '값: x = {x}, w₁ = {w1}, w₂ = {w2}, y′ = {yt}, η = {eta}',
  hwDiagram: '현재 값이 적힌 사슬 x → h → y → E: 왼쪽에 x와 h, 각 연결선에 가중치, 각 유닛 아래에 미분값, 끝에 E',
  hwFactors: '∂E/∂w₁을 이루는 인수',
  hwFactorsNote: '색: 주황은 오차, 파랑은 유닛의 미분값, 보라는 거꾸로 지나가는 가중치 w₂, 초록은 입력 x. 인수 위에 마우스를 올리거나 포커스하면 표시되고(클릭하면 유지된다), 사슬의 한 부분을 가리키면 그 부분이 만드는 인수가 표시된다.',
  hwOuter: 'y = sig(w₂h)를 거쳐',
  hwInner: 'h = sig(w₁x)를 거쳐',
  hwThree: '같은 곱을 연쇄 법칙의 세 인수로',
  hwShared: '∂E/∂w₂와 함께 쓰는 부분',
  hwSharedNote: '(y − y′)·y(1 − y) = {shared} 묶음은 두 기울기에 모두 들어 있다. w₂를 위해 한 번 계산하면 w₁에서 다시 쓴다. 다음 절에서 이 묶음에 이름을 붙인다.',
  hwCheck: '검산: w₁을 조금 움직여 E를 본다',
  hwCheckAgree: '연쇄 법칙: {g1}, 중앙 차분(ε = 10⁻⁵): {fd}, 상대 차이: {rel}. 둘이 일치한다.',
  hwCheckDisagree: '연쇄 법칙: {g1}, 중앙 차분(ε = 10⁻⁵): {fd}, 상대 차이: {rel}. 둘이 일치하지 않는다.',
  hwTabs: '보이는 식',
  hwTabOuter: '1–5번째 줄',
  hwTabInner: '6–10번째 줄',
  hwTabThree: '인수',
  hwTabCheck: '검산',
  hwStep: 'w₁만 한 단계 학습',
  hwKeysStep: 'w₁만 한 단계 학습: w₁ = w₁ − η ∂E/∂w₁',
  hwNoStep: '아직 학습하지 않았다: E = {E}. 한 단계 학습하면 w₁만 움직이고(w₁ = {next}) w₂는 그대로다.',
  hwDown: 'w₁: {before} → {after}. E가 내려갔다: {eb} → {ea} (차이 {change}).',
  hwUp: 'w₁: {before} → {after}. E가 오히려 올라갔다: {eb} → {ea} (차이 {change}). 여기서는 학습률이 너무 크다(η = {eta}). η를 줄여 보자.',
  hwRefused: '학습하지 않았다: w₁이 범위 −{max} … {max} 밖으로 나간다(w₁ = {after}). η를 줄여 보자.',
  hwSummary: 'x = {x}, w₁ = {w1}, w₂ = {w2}, y′ = {yt}: ∂E/∂w₁ = (y − y′)·y(1 − y)·w₂·h(1 − h)·x = {err} · {sy} · {w2} · {sh} · {x} = {g1}, 유한 차분: {fd}.',
};
