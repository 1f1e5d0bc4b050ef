/** xor-line 위젯의 한국어 UI 문자열: 위젯이 시작할 때 브라우저가 불러온다 (src/widgets/kit/strings.ts). */
export const strings = {
  // ——— XOR의 네 부등식 (src/widgets/xor-line/, components/XorLine.astro) ———
  xlTitle: 'XOR의 네 부등식, 직접 확인하기',
  xlCaption: '입력 평면 위에 퍼셉트론 하나의 직선을 긋고, 네 꼭짓점에 XOR의 목표 값을 표시했다(삼각형 1, 원 0). 직선의 손잡이를 끌거나 w₁, w₂, b를 정해 보자. 네 부등식이 각각 그 숫자로 성립하는지 실패하는지 보이고, 증명의 두 합이 왜 넷이 한꺼번에 성립할 수 없는지 보여 준다.',
  xlWeights: '가중치와 바이어스',
  xlPresets: '직선:',
  xlSearch: '무작위 직선 {n}개 시도',
  xlDragHint: '직선 위의 손잡이를 끌거나, Tab으로 손잡이로 가서 화살표 키로 옮긴다(Shift: 더 멀리).',
  xlHandle: '직선 손잡이 {n}, 위치 ({x}, {y})',
  xlHandleRole: '끌 수 있는 점',
  xlPlaneLabel: '직선 {w1}·x₁ + {w2}·x₂ + {b} = 0으로 나뉜 입력 평면, 꼭짓점에는 XOR의 목표 값. 네 부등식 중 {held}개가 성립한다',
  xlFormulaLabel: '현재 숫자로 쓴 XOR의 네 부등식과 증명의 두 합',
  xlNeeds: '부등식 (현재 숫자)',
  xlStatus: '성립?',
  xlHolds: '성립',
  xlFails: '실패',
  xlProofOuter: 'S = w₁ + w₂ + 2b = {s} ≥ 0이다. 첫째 줄과 마지막 줄의 합도 S인데 그 합은 0보다 작아야 하므로, 두 줄이 함께 성립할 수 없다. 여기서는 {first}나 {second}가 실패한다. 넷 중 {held}개가 성립한다.',
  xlProofMiddle: 'S = w₁ + w₂ + 2b = {s} < 0이다. 가운데 두 줄의 합도 S인데 그 합은 0 이상이어야 하므로, 두 줄이 함께 성립할 수 없다. 여기서는 {first}나 {second}가 실패한다. 넷 중 {held}개가 성립한다.',
  xlTally: '무작위 직선 {n}개(w₁, w₂, b는 각각 −5와 5 사이) 가운데 넷이 모두 성립한 것은 {n4}개, 셋은 {n3}개, 둘은 {n2}개, 하나는 {n1}개, 하나도 없는 것은 {n0}개다.',
  xlSummary: '직선 {w1}·x₁ + {w2}·x₂ + {b} = 0: XOR의 네 부등식 중 {held}개가 성립한다.',
} as const;
