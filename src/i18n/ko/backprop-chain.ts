import type { Translation } from '../translation';
import type { strings as en } from '../en/backprop-chain';

/** backprop-chain 위젯의 한국어 UI 문자열. 키는 ../en/backprop-chain.ts와 같아야 한다(타입 검사기가 확인한다). */
export const strings: Translation<typeof en> = {
  // ——— Backprop chain widget (src/widgets/backprop-chain/, components/BackpropChain.astro) ———
  chainTitle: '사슬, 한 줄씩',
  chainCaption:
    'x, 가중치, 목표 값 y′, η를 바꾸면 유도의 모든 줄에 새 수가 들어간다. 인수 위에 마우스를 올리거나 포커스하면 사슬에서 그 위치가 보이고, 한 단계 학습하면 (w₁, w₂)에 대한 E의 지도에서 E가 내려가는 것을 볼 수 있다.',
  chainW1: 'w₁',
  chainW2: 'w₂',
  chainEta: 'η (학습률)',
  chainStep: '한 단계 학습',
  chainKeysStep: '한 단계 학습: w ← w − η ∂E/∂w',
  chainDiagram: '현재 값이 적힌 사슬 x → h → y → E: 왼쪽에 x와 h, 각 연결선에 가중치, 각 유닛 아래에 미분값, 끝에 E',
  chainFactors: '기울기를 이루는 인수',
  chainFactorsNote: '색: 주황은 오차, 파랑은 유닛의 미분값, 보라는 거꾸로 지나가는 가중치, 초록은 가중치를 따라 들어오는 값. 인수 위에 마우스를 올리거나 포커스하면 식과 사슬에서 그 인수가 표시되고, 클릭하면 표시가 유지된다.',
  chainForward: '순전파',
  chainGradW2: '출력 쪽 가중치 w₂',
  chainGradW1: '은닉 쪽 가중치 w₁',
  chainUpdate: '한 단계 (같은 기울기로 두 가중치를 함께)',
  chainPlot: 'w₁(가로)과 w₂(세로)에 대한 E의 등고선 그림: 현재 점, 지나온 점들의 자취, 내리막을 가리키는 화살표',
  chainTrail: '지나온 단계',
  chainArrow: '화살표는 내려가는 방향 −∇E를 일정한 길이로 그린 것이다. ∇E = (∂E/∂w₁, ∂E/∂w₂) = ({g1}, {g2}), |∇E| = {norm}.',
  chainNoStep: '아직 학습하지 않았다: E = {E}. 한 단계 학습을 누르면 두 가중치에 w ← w − η ∂E/∂w를 적용한다.',
  chainDown: '{step}단계: E가 내려갔다. {before} → {after} (차이 {change}).',
  chainUp: '{step}단계: E가 오히려 올라갔다. {before} → {after} (차이 {change}). 여기서는 학습률이 너무 크다(η = {eta}). 한 걸음이 낮은 곳을 지나쳐 버렸다. η를 줄여 보자.',
  chainRefused: '학습하지 않았다: 이 단계를 밟으면 가중치가 그림의 범위 −{max} … {max} 밖(w₁ = {w1}, w₂ = {w2})으로 나간다. η를 줄여 보자.',
  chainSummary: 'w₁ = {w1}, w₂ = {w2}: E = {E}, ∂E/∂w₁ = {g1}, ∂E/∂w₂ = {g2}.',
  chainValuesSummary: '값: x = {x}, w₁ = {w1}, w₂ = {w2}, y′ = {yt}, η = {eta}',
  chainTabs: '보이는 식',
  chainTabForward: '순전파',
  chainTabW2: '∂E/∂w₂',
  chainTabW1: '∂E/∂w₁',
  chainTabMap: 'E의 지도',
  chainTabUpdate: '갱신',
};
