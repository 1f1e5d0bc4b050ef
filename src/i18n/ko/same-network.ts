import type { Translation } from '../translation';
import type { strings as en } from '../en/same-network';

/** same-network 위젯의 한국어 UI 문자열. 키는 ../en/same-network.ts와 같아야 한다(타입 검사기가 확인한다). */
export const strings: Translation<typeof en> = {
  // ——— 같은 신경망, 다른 활성 함수 (src/widgets/same-network/, components/SameNetwork.astro) ———
  sameTitle: '같은 신경망, 다른 활성 함수',
  sameCaption: '크기도 초기 가중치도 같은(시드 하나) 신경망 다섯 개의 은닉층에 계단 함수, sigmoid, tanh, ReLU, Leaky ReLU를 쓰고, 같은 η로 E = ½(y − y′)²에 대해 나란히 경사하강법 학습을 한다. 출력 유닛은 다섯 모두 sigmoid다.',
  sameData: '데이터셋',
  sameXor: 'XOR (점 4개)',
  sameCircles: '동심원 (점 80개)',
  sameSpirals: '나선 (점 100개)',
  sameDepth: '은닉층 수',
  sameWidth: '은닉층당 유닛 수',
  sameEta: 'η (학습률)',
  sameStep: '계단 함수',
  sameSigmoid: 'sigmoid',
  sameTanh: 'tanh',
  sameRelu: 'ReLU',
  sameLeaky: 'Leaky ReLU',
  sameMap: '{name} 신경망의 입력 평면 위 출력: 1이라고 답하는 곳은 주황, 0이라고 답하는 곳은 파랑',
  samePoints: '{data} 학습 데이터: 클래스 0은 파란 원, 클래스 1은 주황 삼각형',
  sameChart: '다섯 신경망의 에포크별 손실 E (로그 눈금)',
  sameEpoch: '에포크',
  sameLoss: '손실 E',
  sameStats: 'E = {loss}\n정답 {acc}\n늘 net < 0: {dead}/{units}',
  sameStatsDead: 'E = {loss}\n정답 {acc}\n죽은 유닛: {dead}/{units}',
  sameDiverged: '발산했다. η를 줄이고 초기화해 보자.',
  sameSweep: '시드 20개로 실행',
  sameSweepButtonRunning: '시드: {done}/{total}…',
  sameSweepIdle: '‘시드 20개로 실행’을 누르면 다섯 신경망을 시드 1부터 20까지 각각 {epochs} 에포크씩 학습시키고, 점을 {bar} 맞힌 경우가 몇 번인지 센다.',
  sameBarAll: '모두',
  sameBarAtLeast: '{p} 이상',
  sameSweepProgress: '시드 20개: {total}개 중 {done}개 끝…',
  sameSweepDone: '시드 20개 끝. 각각 {epochs} 에포크, 점을 {bar} 맞히면 성공이다. 성공 횟수는 각 그림 아래에 있다.',
  sameSeedsResult: '성공 {solved}/{runs}',
  sameStepNote: '계단 함수의 미분값은 어디서나 0이라서 오차가 은닉층까지 전달되지 않는다. 은닉층 가중치가 움직인 크기: {change}. 출력 유닛만 학습한다. ‘늘 net < 0’은 모든 점에서 순입력이 0보다 작은 은닉 유닛의 수다. ReLU에서는 그런 유닛이 죽은 유닛이다. 모든 점에서 기울기가 0이라 가중치가 기울기를 전혀 받지 못한다. Leaky ReLU는 기울기 0.01 덕분에 계속 배운다.',
  sameSummary: '에포크 {epoch}. 정확도: {list}.',
};
