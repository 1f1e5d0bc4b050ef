import type { Translation } from '../translation';
import type { strings as en } from '../en/xor-gates';

/** xor-gates 위젯의 한국어 UI 문자열. 키는 ../en/xor-gates.ts와 같아야 한다(타입 검사기가 확인한다). */
export const strings: Translation<typeof en> = {
  // Widget: XOR from gates (components/XorGates.astro, src/widgets/xor-gates/).
  xorTitle: '게이트로 만드는 XOR',
  xorCaption: '2층 계단 함수 신경망: 은닉층에 NAND와 OR, 출력에 AND. 가중치나 바이어스를 아무거나 바꿔 보고 신경망이 여전히 XOR를 계산하는지 확인하세요.',
  xorUnitNand: 'h₁ = NAND',
  xorUnitOr: 'h₂ = OR',
  xorUnitAnd: 'y = AND',
  xorWeightFromX1: 'x₁에서 오는 w',
  xorWeightFromX2: 'x₂에서 오는 w',
  xorWeightFromH1: 'h₁에서 오는 w',
  xorWeightFromH2: 'h₂에서 오는 w',
  xorBias: 'b',
  xorReset: '동작하는 가중치로 되돌리기',
  xorYes: 'XOR 계산: 예 — 네 행이 모두 맞습니다.',
  xorNo: 'XOR 계산: 아니요 — {rows}에서 틀립니다.',
  xorTableCaption: '현재 가중치의 진리표. 괄호 안은 순입력입니다. 행을 고르면 그 입력을 따라갑니다.',
  xorColumnPick: '입력',
  xorColumnTarget: 'XOR',
  xorPickRow: '입력 ({x1}, {x2}) 따라가기',
  xorPlaneLabel: '입력 평면: NAND 유닛과 OR 유닛의 결정 직선. 신경망은 두 직선 사이의 칠해진 영역에서 1을 출력한다. 입력 ({x1}, {x2})에 동그라미',
  xorNetworkLabel: '신경망 그림: x₁과 x₂가 NAND와 OR로, 그 둘이 AND로 들어간다. 연결선 위에 가중치, 유닛 아래에 입력 ({x1}, {x2})에 대한 출력',
  xorSummary: '입력 ({x1}, {x2}): NAND {h1}, OR {h2}, AND {y}. {verdict}',
  xorKeysRow: '진리표 {n}행의 입력 따라가기',
  xorKeysReset: '동작하는 가중치로 되돌리기',
};
