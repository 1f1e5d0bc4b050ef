import type { Translation } from '../translation';
import type { strings as en } from '../en/huber';

/** huber 위젯의 한국어 UI 문자열. 키는 ../en/huber.ts와 같아야 한다(타입 검사기가 확인한다). */
export const strings: Translation<typeof en> = {
  // ——— Huber 손실 (src/widgets/huber/, components/Huber.astro) ———
  huTitle: 'Huber 손실',
  huCaption: '잔차 r 하나의 손실: Huber의 Lδ(r)을 MSE의 ½r², 그리고 MAE의 항에 δ를 곱한 δ|r|와 비교하고(±δ 밖에서 Huber는 δ|r|보다 ½δ²만큼 낮은 평행선이다), 아래에 각각의 기울기를 그린다. 점을 끌거나 r과 δ를 바꾸며 기울기가 ±δ에서 더 자라지 않는 것을 보자. 본문의 잔차 버튼을 누르면 그 비용을 읽을 수 있다.',
  huR: '잔차 r',
  huDelta: '문턱값 δ',
  huPlotLoss: 'δ = {delta}일 때 −2000 ≤ r ≤ 2000에서 잔차 하나의 손실: Huber의 Lδ(r), ½r², δ|r|. r = {r}, Lδ(r) = {loss}인 점',
  huPlotGrad: 'δ = {delta}일 때 −2000 ≤ r ≤ 2000에서의 기울기: ±δ로 잘린 r인 Huber의 기울기, r, δ·sign(r). r = {r}, 기울기 {grad}인 점',
  huLossAxis: '손실',
  huGradAxis: '기울기',
  huCurveHuber: 'Huber',
  huCurveSquared: '½r² (MSE)',
  huCurveAbsolute: 'δ|r| (MAE)',
  huGradHuber: 'Huber',
  huGradSquared: 'r',
  huGradAbsolute: 'δ·sign(r)',
  huPoint: '그림 위의 r',
  huPointText: 'r = {r}, Lδ(r) = {loss}',
  huQuadratic: '|r| = {size} ≤ δ = {delta}: MSE처럼 제곱하는 경우. 손실 ½r² = {loss}, 기울기 r = {grad}.',
  huLinear: '|r| = {size} > δ = {delta}: MAE처럼 직선인 경우. 손실 {loss}(½r²였다면 {squared}), 기울기는 {grad}에 머문다.',
  huTableCaption: 'δ = {delta}일 때 본문의 잔차 (누르면 r이 그 값이 된다)',
  huTotal: '합',
  huFormulaLabel: '현재 수를 넣은 Huber 손실',
};
