import type { Translation } from '../translation';
import type { strings as en } from '../en/layer-matrices';

/** layer-matrices 위젯의 한국어 UI 문자열. 키는 ../en/layer-matrices.ts와 같아야 한다(타입 검사기가 확인한다). */
export const strings: Translation<typeof en> = {
  // ——— Whole layers at once (src/widgets/layer-matrices/, components/LayerMatrices.astro) ———
  lmTitle: '층 전체를 한 번에',
  lmCaption: '역전파 단계별 계산기의 신경망에서 역전파를 한 층씩 행렬과 벡터로 계산합니다. 결과의 성분을 가리키거나 Tab으로 옮겨 가면, 그 성분과 같은 유닛별 단계를 보여 줍니다.',
  lmNetwork: '신경망',
  lmNet222: '2-2-2 (단계별 계산기의 신경망)',
  lmNet221: '2-2-1 (1장의 예시)',
  lmInput: '입력 {name}',
  lmTarget: '목표 값 {name}',
  lmSettingsLine: '신경망 {net}, x = ({x}), y′ = ({t})',
  lmMatrices: '행렬과 벡터로 본 이번 단계',
  lmDetailLabel: '지금 보는 성분',
  lmForward: '순전파: net⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾, a⁽ˡ⁾ = f(net⁽ˡ⁾)',
  lmStart: '다음(또는 →)을 누르면 출력층의 δ를 벡터 하나로 계산합니다.',
  lmExplainOut: '출력 유닛마다 오차에 자기 미분값을 곱합니다. ⊙는 성분끼리 곱합니다.',
  lmExplainHidden: '{W}ᵀ의 j행은 {W}의 j열, 즉 유닛 j에서 나가는 가중치들입니다. 그래서 {W}ᵀ{d}의 j번째 성분은 위층 유닛들이 그 가중치를 따라 거꾸로 보내는 값의 합입니다.',
  lmExplainGrad: '열벡터 × 행벡터: [j][i] 성분은 받는 유닛의 δⱼ × i에서 들어오는 값이므로, 결과는 {W}와 모양이 같습니다.',
  lmStepperStep: '단계별 계산기의 {total}단계 중 {n}단계:',
  lmDiagram: '신경망: 연결선 위에 가중치, 입력 아래에 x, 계산된 층의 유닛 아래에 δ',
  lmDiagramNote: '유닛 아래의 수: 입력은 x, 다른 층은 계산된 δ. 강조된 부분이 지금 보는 성분을 이루는 값입니다.',
  lmSummaryStart: '순전파 완료: y = ({y}). 아직 계산한 δ가 없습니다.',
  lmSummaryStep: '{total}단계 중 {step}단계: {rule}.',
};
