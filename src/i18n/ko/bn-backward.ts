import type { Translation } from '../translation';
import type { strings as en } from '../en/bn-backward';

/** bn-backward 위젯의 한국어 UI 문자열. 키는 ../en/bn-backward.ts와 같아야 한다(타입 검사기가 확인한다). */
export const strings: Translation<typeof en> = {
  // ——— 배치 정규화의 역전파 (src/widgets/bn-backward/, components/BnBackward.astro) ———
  bnbTitle: '역전파를 한 줄씩',
  bnbCaption: '층 z = f(BN(Wu + b))의 유닛 하나가 입력 uᵢ 네 개로 된 미니배치를 받는다. xᵢ = W·uᵢ + b이고 W = 2이다. 위에서 내려온 기울기 ∂ℓ/∂y를 역전파의 여섯 줄이 각 xᵢ까지 전하고, 옆에서 수치 미분으로 확인한다. 바이어스 b, γ, β, ε을 움직이고 ∂ℓ/∂y를 고치고, 수식에 보일 i를 골라 보자.',
  bnbB: '바이어스 b',
  bnbDy: '위에서 온 ∂ℓ/∂y',
  bnbDyHint: '(−10에서 10 사이의 값 4개, 쉼표나 공백으로 구분)',
  bnbI: '수식에 보일 i =',
  bnbMore: 'β = {beta}, ε = {eps}',
  bnbExample: '본문의 예',
  bnbFormulaLabel: '지금 수를 넣은 역전파의 여섯 줄',
  bnbTableLabel: '미니배치의 순전파와 역전파, 그리고 수치 미분 확인',
  bnbColBackprop: '∂ℓ/∂xᵢ',
  bnbColNumeric: '수치 미분',
  bnbColDiff: '차이',
  bnbNumericNote: '수치 미분: 순전파를 거쳐 (ℓ(xᵢ + h) − ℓ(xᵢ − h)) / 2h를 h = 10⁻⁶으로 계산한다. 손실은 ℓ = Σᵢ gᵢ · yᵢ로, 그 ∂ℓ/∂y가 위에 준 g와 정확히 같다.',
  bnbSums: 'Σᵢ ∂ℓ/∂xᵢ = {sum} = ∂ℓ/∂b (바이어스에는 기울기가 가지 않는다); Σᵢ ∂ℓ/∂xᵢ · x̂ᵢ = {dot}.',
  bnbBias: 'b = {b}, μ_B = {mu}: 모든 xᵢ와 μ_B는 b와 함께 움직이지만 xᵢ − μ_B는 그대로이므로 x̂, y와 모든 기울기도 그대로다.',
  bnbSummary: 'i = {i}에서 ∂ℓ/∂x̂ = {dxhat}, ∂ℓ/∂x = {dx}, 수치 미분 {num}. Σ ∂ℓ/∂x = {sum}. ∂ℓ/∂γ = {dg}, ∂ℓ/∂β = {db}.',
  bnbDy_count: '값을 정확히 4개 입력하자(지금 {token}개). ∂ℓ/∂y는 그대로다.',
  bnbDy_notNumber: '“{token}”은 수가 아니다(소수점은 점으로). ∂ℓ/∂y는 그대로다.',
  bnbDy_outOfRange: '{token}은 −10에서 10 사이를 벗어난다. ∂ℓ/∂y는 그대로다.',
  bnbUrlBadDy: '{name}: “{raw}”는 −10에서 10 사이의 수 4개가 아니다 — 본문의 예를 쓴다',
};
