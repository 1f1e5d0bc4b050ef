import type { Translation } from '../translation';
import type { strings as en } from '../en/bn-algorithm';

/** bn-algorithm 위젯의 한국어 UI 문자열. 키는 ../en/bn-algorithm.ts와 같아야 한다(타입 검사기가 확인한다). */
export const strings: Translation<typeof en> = {
  // ——— 배치 정규화 단계별 계산 (src/widgets/bn-algorithm/, components/BnAlgorithm.astro) ———
  bnaTitle: '알고리즘을 한 단계씩',
  bnaCaption: '유닛 하나의 미니배치 x₁ … x_m이 배치 정규화의 네 줄을 거친다. x 점을 끌거나 값을 고치거나 무작위 배치를 뽑고, i를 고르고, γ, β, ε을 움직이며 각 줄에 들어간 수를 읽어 보자. 값이 하나뿐일 때, 모든 값이 같을 때, ε이 클 때, 그리고 γ = √(σ²_B + ε), β = μ_B로 맞추는 버튼을 눌러 보자.',
  bnaList: '미니배치 x₁ … x_m',
  // 목록의 규칙: 레이블의 일부(전체 화면에서는 짧은 레이블만 보이도록 따로 둔다).
  bnaListHint: '(−10에서 10 사이의 값 1~64개, 쉼표나 공백으로 구분)',
  bnaI: '수식에 보일 i =',
  bnaIdentity: 'γ = √(σ²_B + ε), β = μ_B',
  bnaExample: '본문의 계산 예',
  bnaRandom: '이 무작위 배치 뽑기',
  bnaRandomTitle: '무작위 배치',
  bnaN: '크기 m',
  bnaMean: '평균',
  bnaSpread: '퍼짐(표준편차)',
  bnaFormulaLabel: '현재 수를 넣은 배치 정규화의 네 줄',
  bnaStrips: '수직선 세 개. 정규화 전 x: {x}. 정규화한 x̂: {xhat}. 스케일과 시프트를 거친 y: {y}.',
  bnaCheck: '확인: x̂의 평균은 {xm}, 분산은 {xv}이고, y의 평균은 {ym}, 분산은 {yv}이다. 불편 분산 m/(m − 1) · σ²_B는 {u}가 된다(PyTorch는 이 값을 테스트용으로 저장한다. 이 과정의 코어와 이 위젯은 σ²_B로 정규화한다).',
  bnaNoUnbiased: 'm = 1에서는 정의되지 않음',
  bnaSummary: 'm = {m}: μ_B = {mu}, σ²_B = {v}. i = {i}에서 {x} = {xi}, x̂ = {xhat}, y = {y}.',
  bnaDot: '{x}, 값 {m}개 중 하나',
  bnaDragHint: 'x 점을 수직선을 따라 끌거나, 점에 초점을 두고 ← →로 0.1씩(Shift를 누르면 1씩) 옮긴다. ↑ ↓는 다른 i를 고르고, Delete는 그 점을 지운다.',
  bnaAdd: '값 추가',
  bnaRemove: '{x} 지우기',
  bnaNote_single: '값이 하나뿐이면 μ_B = x₁ = {x}, σ²_B = 0이므로 x₁이 무엇이든 x̂₁ = 0 / √ε = 0이다. 정규화한 값에는 아무 정보도 남지 않고, y₁ = β = {beta}이다.',
  bnaNote_constant: '값 {m}개가 모두 같다. σ²_B = 0이어서 ε만이 나눗셈을 가능하게 하고, x̂는 모두 0이다.',
  bnaNote_eps: 'ε = {eps}은 σ²_B + ε의 {share} %이다. 더는 무시할 수 없어서 x̂의 분산이 눈에 띄게 1보다 작다.',
  bnaNote_identity: 'γ = √(σ²_B + ε), β = μ_B이면 모든 i에서 y_i = x_i이다(가장 큰 |y_i − x_i| = {err}). 스케일과 시프트는 정규화를 정확히 되돌릴 수 있다.',
  bnaList_empty: '수를 하나 이상 입력한다.',
  bnaList_notNumber: '“{token}”은 수가 아니다(소수점은 마침표로 쓴다). 배치는 그대로다.',
  bnaList_tooMany: '값은 {max}개까지다. 배치는 그대로다.',
  bnaList_outOfRange: '{token}은 −{limit}에서 {limit} 사이를 벗어난다. 배치는 그대로다.',
  bnaUrlBadBatch: '{name}: “{raw}”은 −10에서 10 사이의 수 1~64개가 아니다 — 본문의 계산 예를 쓴다',
  bnaUrlBadIndex: '{name}: {raw}은 m = {m}보다 크다 — 1을 쓴다',
};
