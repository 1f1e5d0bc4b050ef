import type { Translation } from '../translation';
import type { strings as en } from '../en/cross-entropy';

/** cross-entropy 위젯의 한국어 UI 문자열. 키는 ../en/cross-entropy.ts와 같아야 한다(타입 검사기가 확인한다). */
export const strings: Translation<typeof en> = {
  // ——— 교차 엔트로피 (src/widgets/cross-entropy/) ———
  ceTitle: '교차 엔트로피',
  ceCaption: '예시 하나: 정답 클래스의 확률 p에 따른 −log p, (1 − p)², 0/1 정확도. 여러 클래스: 로짓 z에서 ŷ = softmax(z)를 구하고, 원-핫 목표 y와 예측 막대, −Σ y log ŷ의 각 항을 보여 준다.',
  ceFormulaLabel: '식에 들어간 위젯의 수: 예시 하나, 그다음 세 클래스의 항별 계산',
  ceOne: '예시 하나',
  ceP: 'p',
  ceSeveral: '세 클래스',
  ceTrueClass: '정답 클래스',
  ceAccuracy: '0/1 정확도',
  cePlot: '정답 클래스의 확률 p에 따른 −log p, (1 − p)², 0/1 정확도. 점은 지금의 p',
  cePAxis: 'p (정답 클래스)',
  ceTableCaption: '원-핫 목표 y와 예측 ŷ = softmax(z), 그리고 L의 각 항',
  ceBars: 'y (테두리), ŷ (막대)',
  ceRight: 'p = {p}: 정답 클래스가 절반보다 많이 받았으므로 맞힌 것으로 센다(정확도 1). 그래도 두 손실은 0이 아니다(−log p = {nll}, (1 − p)² = {sq}). 둘 다 p를 계속 1 쪽으로 민다.',
  ceWrong: 'p = {p}: 틀린 것으로 센다(정확도 0). p를 조금 바꿔도 정확도는 0 그대로라 기울기가 없다. −log p(지금 {nll})는 p → 0일 때 한없이 커지고, (1 − p)²(지금 {sq})은 1을 넘지 않는다.',
  ceSummary: 'p = {p}, −log p = {nll}. 정답 클래스 {c}: ŷ = {q}, L = {L}.',
  ceGamma: 'focal γ',
  ceEps: '레이블 스무딩 ε',
  ceFocalLead: 'focal 손실, γ = {gamma}:',
  ceSummaryFocal: 'γ = {gamma}인 focal 손실: {fl}.',
  ceSummarySmooth: '레이블 스무딩 ε = {eps}: 정답 클래스의 목표는 {y}.',
};
