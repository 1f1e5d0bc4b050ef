import type { Translation } from '../translation';
import type { strings as en } from '../en/learning-rates';

/** learning-rates 위젯의 한국어 UI 문자열. 키는 ../en/learning-rates.ts와 같아야 한다(타입 검사기가 확인한다). */
export const strings: Translation<typeof en> = {
  // ——— 세미나의 세 학습률을 직접 (src/widgets/learning-rates/) ———
  lrTitle: '세미나의 세 학습률, 직접 돌려 보기',
  lrCaption: 'J(θ) = θ₁² + κθ₂²에서 θ₀ = (−4, 1)로 출발해 경사하강법을 50스텝 돌린다. 세미나의 η = 0.01, 0.03, 0.13과 직접 고른 η가 함께 한 스텝씩 나아간다. 아래 그래프는 경사하강법과 모멘텀이 50스텝 뒤에 도달한 J를 η에 따라 그리고, 각각의 안정 한계를 표시한다.',
  lrKappa: 'κ (조건수)',
  lrEta: '직접 고른 η',
  lrGamma: 'γ (모멘텀)',
  lrPanelDeck: 'η = {eta}',
  lrPanelYours: '직접 고른 η = {eta}',
  lrPanelStep: '스텝 {step}: J = {loss}',
  lrPanelDiverged: '발산: 스텝 {step} (J = {loss})',
  lrFactorStable: '스텝마다 θ₂ × {factor}: 줄어든다',
  lrFactorUnstable: '스텝마다 θ₂ × {factor}: 커진다',
  lrPanelLabel: 'J = θ₁² + {kappa}θ₂²의 등고선 그림과 경사하강법이 지나온 경로. 학습률 η = {eta}, 스텝 {step}, 그 지점의 J = {loss}',
  lrPath: '경사하강법',
  lrSweepLabel: '경사하강법과 모멘텀(γ = {gamma})이 {T}스텝 뒤에 도달한 J를 η에 따라 그린 그래프(두 축 모두 로그 눈금). 세로선은 안정 한계 2/λ_max = {gd}, 2(1 + γ)/λ_max = {mom}',
  lrSweepX: 'η (로그 눈금)',
  lrSweepY: '{T}스텝 뒤의 J',
  lrSweepGd: '경사하강법',
  lrSweepMomentum: '모멘텀, γ = {gamma}',
  lrPoint: '경사하강법 곡선 위의 직접 고른 η',
  lrPointText: 'η = {eta}, J = {loss}',
  lrKey: '세로선: 경사하강법의 한계 2/λ_max = {gd} (실선), 모멘텀의 한계 2(1 + γ)/λ_max = {mom} (점선). 10⁸을 넘는 손실은 맨 위에 그린다.',
  lrLimits: '곡률: λ = 2, 2κ = {lmax}. 안정 조건은 경사하강법이 η < 2/λ_max = {gd}, 모멘텀(γ = {gamma})이 η < 2(1 + γ)/λ_max = {mom}.',
  lrYours: '직접 고른 η = {eta}, {T}스텝 뒤: 경사하강법 J = {gd} ({gdVerdict}), 모멘텀 J = {mom} ({momVerdict}).',
  lrStable: '안정',
  lrUnstable: '한계를 넘음',
  lrConvention: '모멘텀은 세미나의 형태 v = γv + η∇J(θ), θ = θ − v를 따른다. PyTorch와 Keras는 v = μv + g로 두고 θ = θ − ηv로 갱신하는데, η가 고정되어 있으면 경로가 같으므로 한계도 같다.',
  lrFormulaLabel: '두 갱신 규칙과 그 안정 한계',
  lrSummaryPanel: 'η = {eta}: 스텝 {step}, J = {loss}.',
  lrSummaryDiverged: 'η = {eta}: 발산(스텝 {step}).',
  lrSummary: 'J = θ₁² + {kappa}θ₂², 스텝 {t}/{T}. {panels} 안정 조건: 경사하강법 η < {gd}, 모멘텀 η < {mom}.',
};
