import type { Translation } from '../translation';
import type { strings as en } from '../en/training-loop';

/** training-loop 위젯의 한국어 UI 문자열. 키는 ../en/training-loop.ts와 같아야 한다(타입 검사기가 확인한다). */
export const strings: Translation<typeof en> = {
  // ——— Training loop widget (components/TrainingLoop.astro, src/widgets/training-loop/) ———
  loopTitle: 'XOR를 배우는 학습 루프',
  loopCaption: '시드로 초기화한 시그모이드 신경망이 XOR의 네 점 전체에 대해 순전파 → 역전파 → 갱신(전체 배치 경사하강법)을 되풀이하며, 손실이 허용 오차 안에 들면 멈춥니다.',
  loopArch: '신경망',
  loopEta: 'η (학습률)',
  loopTolerance: '허용 오차',
  loopToleranceHint: 'E = 네 점에 대한 ½(y − y′)²의 평균 기준',
  loopLogScale: '로그 눈금',
  loopStuckPreset: '갇히는 시드 해 보기',
  loopMap: '입력 평면 위의 신경망 출력: 0에 가까우면 파랑, 1에 가까우면 주황, 0.5인 곳에 선',
  loopPoints: 'XOR의 네 점: (0,0)과 (1,1)은 목표 값 0, (0,1)과 (1,0)은 목표 값 1',
  loopClass0: '목표 값 0',
  loopClass1: '목표 값 1',
  loopChart: '에포크별 손실',
  loopLossSeries: '손실 E',
  loopEpoch: '에포크',
  loopLoss: '손실',
  loopReached: '에포크 {epoch}에서 허용 오차에 도달했습니다: 손실 E = {loss} ≤ {tol}.',
  loopCap: '최대 {epochs} 에포크까지 허용 오차에 도달하지 못해 멈췄습니다(손실 {loss}).',
  loopStuck: '이 학습은 갇힌 것으로 보입니다(에포크 {epoch}에서 일시정지). 500 에포크 동안 손실이 허용 오차보다 큰 채로 거의 줄지 않았습니다({before} → {loss}). 몇몇 점은 이미 맞혔지만, 목표 값이 0인 점과 1인 점 {a}, {b}가 거의 같은 출력 {y}를 받습니다. 은닉 유닛들이 두 점을 평면의 같은 영역에 넣어 버려서, 출력 유닛은 두 목표 값의 평균밖에 낼 수 없습니다. 이곳은 지역 최솟값이 아니라(2-2-1 XOR 신경망에는 지역 최솟값이 없습니다) 안장점 곁의 평탄한 영역입니다. 손실은 가중치가 한없이 커져야 닿는 바닥을 향해 조금씩 줄고, 이 영역을 빠져나가는 길은 너무 평평해서 경사하강법은 사실상 그 길을 찾지 못합니다. 다른 시드나 더 많은 은닉 유닛(2-3-1, 2-4-1)을 써 보세요. 지켜보고 싶다면 재생을 누르면 학습이 계속됩니다.',
  loopSummary: '에포크 {epoch}, 손실 {loss}.',
};
