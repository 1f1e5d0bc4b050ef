import type { Translation } from '../translation';
import type { strings as en } from '../en/forward-pass';

/** forward-pass 위젯의 한국어 UI 문자열. 키는 ../en/forward-pass.ts와 같아야 한다(타입 검사기가 확인한다). */
export const strings: Translation<typeof en> = {
  // ——— Forward propagation widget (components/ForwardPass.astro, src/widgets/forward-pass/) ———
  forwardTitle: '순전파, 한 값씩',
  forwardCaption: '본문의 2-2-1 시그모이드 신경망입니다. 한 단계마다 유닛 하나의 순입력(net) 또는 출력을 계산하며, 강조된 유닛과 연결선이 지금 쓰이는 값입니다.',
  forwardInput: '입력 {name}',
  forwardDiagram: '2-2-1 신경망: 연결선 위에 가중치, 계산된 유닛 아래에 출력',
  forwardDiagramNote: '유닛 아래의 수: 가중합을 계산하는 동안에는 순입력(기울임꼴), 계산이 끝나면 출력.',
  forwardTable: '각 유닛의 순입력과 출력',
  forwardUnit: '유닛',
  forwardNet: 'net',
  forwardOut: '출력',
  forwardFormula: '현재 단계',
  forwardStart: '다음(또는 →)을 누르면 첫 값 net({name})을 계산합니다.',
  forwardDone: '순전파가 끝났습니다. 신경망의 출력은 y = {y}입니다.',
  forwardSummaryStart: '입력 x₁ = {x1}, x₂ = {x2}. 아직 계산한 값이 없습니다.',
  forwardSummaryNet: '{total}단계 중 {step}단계: net({name}) = {value}.',
  forwardSummaryOut: '{total}단계 중 {step}단계: {name} = sig({net}) = {value}.',
};
