import type { Translation } from '../translation';
import type { strings as en } from '../en/delta-rule';

/** delta-rule 위젯의 한국어 UI 문자열. 키는 ../en/delta-rule.ts와 같아야 한다(타입 검사기가 확인한다). */
export const strings: Translation<typeof en> = {
  // ——— Delta rule widget (src/widgets/delta-rule/, components/DeltaRule.astro) ———
  deltaRuleTitle: '델타 규칙, 학습 벡터 하나씩',
  deltaRuleCaption:
    '게이트, 학습률 α, 초기 가중치를 고른 뒤 한 단계씩 진행해 보자. 한 단계마다 학습 벡터 하나를 퍼셉트론에 주고, 델타 규칙에 실제 수를 넣어 갱신한다.',
  deltaRuleGate: '게이트',
  deltaRuleAlpha: 'α (학습률)',
  deltaRuleInit: '초기 가중치',
  deltaRuleInitTyped: '직접 입력',
  deltaRuleInitSeed: '시드로 무작위 생성',
  deltaRuleW1: 'w₁ 초기값',
  deltaRuleW2: 'w₂ 초기값',
  deltaRuleB: 'b 초기값',
  deltaRuleSeedNote: '시드로 생성: w₁, w₂, b를 각각 −0.5부터 0.5 사이에서 균등하게 뽑아 소수 둘째 자리로 반올림한다.',
  deltaRuleSettings: '설정',
  deltaRuleSettingsSummary: '설정: {gate}, α = {alpha}, w₁ = {w1}, w₂ = {w2}, b = {b}',
  deltaRuleTruthTable: '{gate}의 학습 벡터. y는 현재 가중치로 계산한 출력(d와 다르면 밑줄). 이번 단계의 행은 단계 중의 y → 갱신 후의 y',
  deltaRuleThisStep: '이번 단계',
  deltaRuleEpoch: '에포크',
  deltaRuleStatus: '에포크 {epoch}에서 지금까지의 오류: {errors}',
  deltaRuleNoStep: '아직 진행하지 않았다. 한 단계를 누르면 첫 학습 벡터 (0, 0)에 규칙을 적용한다.',
  deltaRuleStepLine: '{step}단계 (에포크 {epoch}): x = ({x1}, {x2}), net = {net}, y = step(net) = {y}, d = {d}, d − y = {error}',
  deltaRuleFormulaLabel: '마지막 갱신에 실제 수를 넣은 식',
  deltaRuleLine: '결정 직선: {line} = 0',
  deltaRuleLineOutside: '결정 직선: {line} = 0. 그린 범위 밖에 있으므로 보이는 모든 점의 출력이 y = {y}다.',
  deltaRuleNoLine: '결정 직선 없음: w₁ = w₂ = 0이므로 어디서나 net = b = {b}이고, 모든 벡터의 출력이 y = {y}다.',
  deltaRuleHistory: '지금까지의 모든 갱신, 오래된 것부터 (w₁, w₂, b는 단계 전, w₁′, w₂′, b′은 단계 후 값)',
  deltaRuleHistoryEmpty: '아직 갱신이 없다.',
  deltaRulePlane: '퍼셉트론 출력으로 칠한 입력 평면: y = 1인 곳은 주황, y = 0인 곳은 파랑, 그 사이가 결정 직선',
  deltaRulePoints: '{gate}의 학습 벡터 네 개: 원은 d = 0, 삼각형은 d = 1, 마지막 단계에서 쓴 벡터는 크게 표시',
  deltaRuleClass0: 'd = 0',
  deltaRuleClass1: 'd = 1',
  deltaRuleErrorsChart: '에포크별 오류 수',
  deltaRuleErrorsAxis: '오류 수',
  deltaRuleConverged: '수렴: 에포크 {epoch}에서 오류가 하나도 없었으므로 학습 에포크 {learning}번 만에 학습을 멈춘다. 최종값 w₁ = {w1}, w₂ = {w2}, b = {b}.',
  deltaRuleCycleOne:
    '멈춤: {gate}는 학습할 수 없다. (0, 1)과 (1, 0)을 한쪽에, (0, 0)과 (1, 1)을 다른 쪽에 두는 직선은 하나도 없으므로 모든 에포크에서 오류가 난다. 에포크 {repeat}를 시작할 때의 가중치가 에포크 {first}를 시작할 때와 똑같으므로, 에포크 {first}가 끝없이 되풀이될 뿐이다.',
  deltaRuleCycleMany:
    '멈춤: {gate}는 학습할 수 없다. (0, 1)과 (1, 0)을 한쪽에, (0, 0)과 (1, 1)을 다른 쪽에 두는 직선은 하나도 없으므로 모든 에포크에서 오류가 난다. 에포크 {repeat}를 시작할 때의 가중치가 에포크 {first}를 시작할 때와 똑같으므로, 에포크 {first}부터 {last}까지가 끝없이 되풀이될 뿐이다.',
  deltaRuleCap: '에포크 {epochs}번 동안 매번 오류가 나서 멈췄다. {gate}의 두 클래스를 나누는 직선은 하나도 없으므로 이 규칙은 끝나지 않는다.',
  deltaRuleAnnounce: '{step}단계, 에포크 {epoch}: x = ({x1}, {x2}), y = {y}, d = {d}. 이제 w₁ = {w1}, w₂ = {w2}, b = {b}.',
  deltaRuleAnnounceStart: '{gate}, α = {alpha}, 초기값 w₁ = {w1}, w₂ = {w2}, b = {b}. 아직 진행하지 않았다.',
};
