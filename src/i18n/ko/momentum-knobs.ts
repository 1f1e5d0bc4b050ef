import type { Translation } from '../translation';
import type { strings as en } from '../en/momentum-knobs';

/** momentum-knobs 위젯의 한국어 UI 문자열. 키는 ../en/momentum-knobs.ts와 같아야 한다(타입 검사기가 확인한다). */
export const strings: Translation<typeof en> = {
  // ——— 모멘텀의 두 하이퍼파라미터 (src/widgets/momentum-knobs/) ———
  mkTitle: '모멘텀의 두 하이퍼파라미터',
  mkCaption:
    'J(θ) = θ₁² + κθ₂²에서 θ₀ = (−4, 1)로 시작해 세미나의 모멘텀 v = γv + η∇J(θ), θ = θ − v로 내려가고, 가장 좋은 η의 경사하강법과 나란히 비교한다. 지도는 모든 (η, γ) 쌍에서 모멘텀이 얼마나 빨리 수렴하는지 보여 준다.',
  mkKappa: 'κ (조건수)',
  mkEta: 'η (학습률)',
  mkGamma: 'γ (모멘텀 계수)',
  mkOptimal: '최적의 η와 γ',
  mkDeck: '본문의 η와 γ',
  mkKeysOptimal: '최적의 η와 γ로 설정',
  mkMomentum: '모멘텀',
  mkGdBest: '경사하강법, 최선의 η',
  mkStep: '스텝',
  mkHeatLabel:
    '(η, γ) 평면 위에 그린 모멘텀의 수렴 속도 ρ 히트맵(κ = {kappa}). 가로는 η(0부터 어떤 γ로도 수렴하지 않는 곳까지), 세로는 γ(0부터 0.99까지). 수렴하는 곳은 파란색이고 빠를수록 진하며, 발산하는 곳은 주황색이다. 선은 안정 영역의 경계 ρ = 1이다',
  mkHeatPoints:
    '지금의 쌍: η = {eta}, γ = {gamma}, 속도 {rate}. 최적의 쌍: η* = {etaBest}, γ* = {gammaBest}, 속도 {rateBest}.',
  mkHeatCurrent: '지금의 (η, γ)',
  mkHeatBest: '최적의 (η*, γ*)',
  mkPathLabel:
    'J(θ) = θ₁² + {kappa}θ₂²의 등고선 그림. 모멘텀(η = {eta}, γ = {gamma})의 경로와 경사하강법(η = {etaGd})의 경로를 함께 보인다',
  mkLossLabel: '스텝마다의 J(θ)를 로그 눈금으로 그린 그래프. 모멘텀과 가장 좋은 η의 경사하강법',
  mkStable:
    '수렴한다. 수렴 속도 ρ = {rate}, 곧 오차가 약 {steps} 스텝마다 10분의 1로 준다. 안정 조건: ηλₘₐₓ = {product} < 2(1 + γ) = {limit}.',
  mkExact: '곧바로 수렴한다. ρ = 0이라 몇 스텝 만에 오차가 사라진다.',
  mkUnstable:
    '발산한다. 안정 조건 ηλₘₐₓ < 2(1 + γ)가 깨졌다. ηλₘₐₓ = {product}, 2(1 + γ) = {limit}, η의 한계 {etaLimit}. 수렴 속도가 ρ = {rate} ≥ 1이라 스텝마다 오차가 커진다.',
  mkCompare:
    '가장 좋은 모멘텀(η* = {etaBest}, γ* = {gammaBest}): ρ* = {rateBest}. 가장 좋은 보통 경사하강법(η = {etaGd}): ρ = {rateGd}.',
  mkFormulaLabel: '지금의 η와 γ를 넣은 모멘텀의 갱신식, 수렴 속도, 최적의 설정',
  mkRateHead: '수렴 속도: 스펙트럼 양 끝에서 가장 큰 근',
  mkBestHead: '최적의 모멘텀과 경사하강법의 최선',
  mkConvention:
    '세미나의 식은 η를 v 안에 둔다. PyTorch의 SGD(momentum=μ)는 v = μv + g, θ = θ − ηv로 쓰는데, η가 일정하면 경로도 수렴 속도도 같다(γ = μ).',
  mkSummary: '스텝 {step}: 모멘텀의 J = {loss}, 경사하강법의 J = {gdLoss}. {verdict}',
};
