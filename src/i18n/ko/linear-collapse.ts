import type { Translation } from '../translation';
import type { strings as en } from '../en/linear-collapse';

/** linear-collapse 위젯의 한국어 UI 문자열. 키는 ../en/linear-collapse.ts와 같아야 한다(타입 검사기가 확인한다). */
export const strings: Translation<typeof en> = {
  // ——— 선형 층의 붕괴 (src/widgets/linear-collapse/, components/LinearCollapse.astro) ———
  lcTitle: '선형 층의 붕괴, H(X) = AX',
  lcCaption: 'E = ½(y − y′)²에 대한 경사하강법으로 XOR를 배우는 2-2-1 신경망: 은닉층 h = f(W₁x + b₁), 출력 y = sig(W₂h + b₂). 세 그림은 입력 평면의 정사각형 격자, 첫 번째 층을 지난 같은 격자, 입력 평면 위의 출력이다. 수식은 현재 가중치로 A = W₂W₁을 곱해 보인다.',
  lcFormulaLabel: '현재 가중치로 계산한 A = W₂W₁과 c = W₂b₁ + b₂, 그리고 추적하는 입력에서 신경망의 W₂h + b₂와 Ax + c',
  lcActivation: '은닉층 활성 함수 f',
  lcLinear: '선형 (꺾임 없음)',
  lcTanh: 'tanh',
  lcRelu: 'ReLU',
  lcSigmoid: 'sigmoid',
  lcEta: 'η (학습률)',
  lcTraced: '추적할 입력 x',
  lcPanelInput: '입력 x',
  lcPanelHidden: '첫 번째 층 뒤: h',
  lcPanelOutput: '출력 y',
  lcInputChart: '입력 평면: 정사각형 격자, XOR의 네 점, 추적하는 입력 x(십자)',
  lcHiddenChart: '첫 번째 층 h = f(W₁x + b₁)을 지난 같은 격자와 네 점, 추적하는 입력, 출력 유닛의 경계 W₂h + b₂ = 0',
  lcMapChart: '입력 평면 위 신경망의 출력 y. 선은 y = 0.5',
  lcMapPoints: 'XOR의 네 점: 목표가 0인 (0,0)과 (1,1), 목표가 1인 (0,1)과 (1,0)',
  lcClass0: '목표 0',
  lcClass1: '목표 1',
  lcStatus: '{epoch}번째 에포크: 네 점 중 {correct}개 맞음, E = {loss}.',
  lcSolved: 'XOR가 풀렸다.',
  lcDone: '{epochs}번째 에포크에서 멈췄다.',
  lcSame: 'f가 선형이다: 모든 x에서 W₂h + b₂ = {z}와 Ax + c = {za}는 같은 수다. 두 층은 하나의 아핀 변환이므로 경계 y = 0.5는 직선 하나이고, 어떤 직선도 XOR의 네 점 중 3개보다 많이 맞힐 수 없다. 아무리 오래 학습해도 마찬가지다.',
  lcBentSame: 'f = {f}: 이 x에서는 두 은닉 유닛이 모두 f의 직선 구간에 있어서 W₂h + b₂ = Ax + c = {z}이다. 유닛이 꺾이는 곳으로 x를 옮기면 두 값이 달라진다.',
  lcDiffer: 'f = {f}: W₂h + b₂ = {z}이지만 Ax + c = {za}이다. A = W₂W₁은 여전히 행렬이지만 더는 신경망을 나타내지 않는다. 층 사이에서 f가 꺾이기 때문에 경계가 점들을 돌아 휘어질 수 있다.',
  lcSummary: '{f}, {epoch}번째 에포크: 4개 중 {correct}개 맞음. W₂h + b₂ = {z}, Ax + c = {za}.',
};
