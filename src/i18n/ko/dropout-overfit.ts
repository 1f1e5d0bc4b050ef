/** dropout-overfit 위젯의 한국어 UI 문자열 (src/widgets/dropout-overfit/, components/DropoutOverfit.astro). */
export const strings = {
  dofTitle: '드롭아웃이 있을 때와 없을 때의 과적합',
  dofCaption:
    'ReLU 유닛 64개짜리 은닉층 두 개를 가진 신경망을 같은 시드, 같은 초기 가중치로 두 번 만들어, 잡음이 섞인 두 반달 데이터의 점 30개를 학습시킨다(전체 배치, Adam). 왼쪽은 드롭아웃이 없고, 오른쪽은 학습 스텝마다 은닉 유닛 하나하나를 확률 p로 드롭한다. 양쪽 모두 점과 함께 결정 영역을, 에포크마다의 학습 손실과 테스트 손실 E = ½(y − y′)²(테스트 손실은 따로 떼어 둔 점 200개에서 잰다. 두 그래프의 축은 같다)을, 그리고 두 손실의 차이를 보여 준다.',
  dofP: '드롭 확률 p (오른쪽 신경망)',
  dofSettings: '학습과 지도 설정',
  dofPoints: '지도에 그릴 점',
  dofPointsTrain: '학습 점 30개',
  dofPointsTest: '테스트 점 200개',
  dofEpochs: '멈출 에포크',
  dofLeft: '드롭아웃 없음 (p = 0)',
  dofRight: '드롭아웃, p = {p}',
  dofTrain: '학습 손실',
  dofTest: '테스트 손실',
  dofEpoch: '에포크',
  dofLoss: '손실 E',
  dofMap: '{name}: 평면 위 신경망의 출력 P(클래스 1)과 결정 경계',
  dofMapTrain: '두 클래스의 학습 점 {n}개',
  dofMapTest: '따로 떼어 둔 두 클래스의 테스트 점 {n}개',
  dofChart: '{name}: 에포크마다의 학습 손실과 테스트 손실',
  dofStats: 'E_train = {train}, E_test = {test}, 차이 E_test − E_train = {gap}',
  dofSummary: '{total} 에포크 중 {epoch}번째. {left}. {right}.',
} as const;
