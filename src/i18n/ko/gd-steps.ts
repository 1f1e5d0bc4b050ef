import type { Translation } from '../translation';
import type { strings as en } from '../en/gd-steps';

/** gd-steps 위젯의 한국어 UI 문자열. 키는 ../en/gd-steps.ts와 같아야 한다(타입 검사기가 확인한다). */
export const strings: Translation<typeof en> = {
  // ——— 골짜기 위의 경사하강법 (src/widgets/gd-steps/) ———
  gdTitle: '골짜기 위의 경사하강법',
  gdCaption: 'J(θ) = θ₁² + 10θ₂²에서 θ₀ = (−4, 1)로 시작해 한 스텝마다 θ ← θ − η∇J(θ)로 한 번 갱신한다. η가 0.1보다 작으면 수렴하고, 크면 발산한다.',
  gdEta: 'η (학습률)',
  gdPresets: '세미나의 값:',
  gdPlot: 'θ₁과 θ₂에 대한 J(θ) = θ₁² + 10θ₂²의 등고선 그림. 경사하강법이 지나온 경로와 다음 스텝을 함께 보인다',
  gdPath: '경사하강법',
  gdStable: 'η가 2/20 = 0.1보다 작다. 스텝마다 θ₂에 1 − 20η = {factor}가 곱해져 작아지므로 경로가 수렴한다.',
  gdUnstable: 'η가 2/20 = 0.1보다 크다. 스텝마다 θ₂에 1 − 20η = {factor}가 곱해져 커지므로 경로가 발산한다.',
  gdConverged: '수렴: {step}번째 스텝에서 J가 10⁻⁶ 아래로 내려갔다.',
  gdSummary: '{step}번째 스텝: θ = ({a}, {b}), J = {loss}.',
};
