import type { Translation } from '../translation';
import type { strings as en } from '../en/neuron';

/** neuron 위젯의 한국어 UI 문자열. 키는 ../en/neuron.ts와 같아야 한다(타입 검사기가 확인한다). */
export const strings: Translation<typeof en> = {
  // Widget: One neuron (components/OneNeuron.astro, src/widgets/neuron/).
  neuronTitle: '뉴런 하나',
  neuronCaption: '가중치, 바이어스, 입력을 바꾸거나 결정 직선의 두 손잡이를 끌어 보세요. 순입력, 출력, 직선이 함께 바뀝니다.',
  neuronWeights: '가중치와 바이어스',
  neuronInput: '입력',
  neuronW1: 'w₁',
  neuronW2: 'w₂',
  neuronBias: 'b',
  neuronX1: 'x₁',
  neuronX2: 'x₂',
  neuronPresets: '논리 게이트의 가중치',
  neuronReset: '처음으로',
  neuronPlaneLabel: '입력 평면과 결정 직선 w₁x₁ + w₂x₂ + b = 0 (w₁ = {w1}, w₂ = {w2}, b = {b}). 한쪽은 출력 1, 다른 쪽은 출력 0이며, 네 꼭짓점과 입력 ({x1}, {x2})가 표시되어 있다',
  neuronHandle: '직선 손잡이 {n}, 위치 ({x}, {y})',
  neuronHandleRole: '끌 수 있는 점',
  neuronDragHint: '직선 위의 손잡이를 끌거나, Tab으로 손잡이에 가서 화살표 키로 옮기세요(Shift를 누르면 더 멀리). 끌면 직선이 돌고 움직이며, (w₁, w₂)의 길이는 그대로 유지됩니다.',
  neuronNoLine: 'w₁ = w₂ = 0이면 직선이 없습니다. 어떤 입력이든 net = b = {b}이므로 출력은 어디서나 {y}입니다.',
  neuronOffPlane: '직선이 보이는 평면 바깥에 있어서, 여기 있는 모든 점의 출력이 {y}입니다. 슬라이더로 직선을 다시 가져오세요.',
  neuronCorners: '꼭짓점 (0,0), (0,1), (1,0), (1,1)의 출력은 {pattern}',
  neuronGate: '이므로, 이 뉴런은 {gate}를 계산합니다.',
  neuronNoGate: '입니다.',
  neuronSummary: 'net = {net}, y = {y}. w₁ = {w1}, w₂ = {w2}, b = {b}. 꼭짓점 출력: {pattern}.',
  neuronKeysAnd: 'AND 가중치로 설정',
  neuronKeysOr: 'OR 가중치로 설정',
  neuronKeysNand: 'NAND 가중치로 설정',
  neuronKeysReset: '가중치와 입력을 처음으로',
};
