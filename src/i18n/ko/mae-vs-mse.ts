import type { Translation } from '../translation';
import type { strings as en } from '../en/mae-vs-mse';

/** mae-vs-mse 위젯의 한국어 UI 문자열. 키는 ../en/mae-vs-mse.ts와 같아야 한다(타입 검사기가 확인한다). */
export const strings: Translation<typeof en> = {
  // ——— MAE vs MSE (src/widgets/mae-vs-mse/, components/MaeVsMse.astro) ———
  mvmTitle: 'MAE와 MSE',
  mvmCaption: '모든 점에 상수 c 하나를 예측한다(yᵢᵖ = c). 왼쪽: 점 yᵢ와 직선 c. 잔차 yᵢ − c를 선분(길이가 MAE의 항)과 그 위의 정사각형(넓이가 MSE의 항)으로 그린다. 점이나 직선을 끌거나 화살표 키로 움직인다. 오른쪽: MAE(c)와 MSE(c), 지금의 c와 그 접선(기울기 dL/dc), 가장 좋은 c. 스텝 버튼은 두 손실 중 하나로 c에 경사하강법을 한 스텝 적용한다.',
  mvmFormulaLabel: '덱의 MAE와 MSE에 넣은 위젯의 수, 그리고 각각의 c에 대한 기울기',
  mvmPoints: '점 yᵢ',
  mvmChapter: '본문 예: 500, 300, 200',
  mvmOutlier: '이상치 2000 더하기',
  mvmAdd: '점 더하기',
  mvmRemove: '점 빼기',
  mvmC: '예측 값 c',
  mvmToMedian: 'c = 중앙값',
  mvmToMean: 'c = 평균',
  mvmStepMae: 'MAE로 한 스텝 (η = {eta})',
  mvmStepMse: 'MSE로 한 스텝 (η = {eta})',
  mvmKeySegment: '선분 |yᵢ − c| (MAE)',
  mvmKeySquare: '정사각형 (yᵢ − c)² (MSE)',
  mvmValueAxis: 'y',
  mvmMedian: '중앙값',
  mvmMean: '평균',
  mvmResidualPlot: 'i에 따른 점 yᵢ {n}개와 직선 c = {c}. 각 잔차를 선분과 정사각형으로 그렸다. 점과 직선은 슬라이더다',
  mvmMaePlot: '{from} ≤ c ≤ {to}에서의 MAE(c): 점마다 꺾이는 직선 조각으로 이루어지고 중앙값 {best}에서 가장 낮다. c = {c}에서 MAE = {l}, 기울기 {g}',
  mvmMsePlot: '{from} ≤ c ≤ {to}에서의 MSE(c): 포물선이고 평균 {best}에서 가장 낮다. c = {c}에서 MSE = {l}, 기울기 {g}',
  mvmVerdict: 'c보다 아래에 점이 {below}개, 위에 {above}개 있다. MAE의 기울기는 이 개수만 센다: ({below} − {above})/n = {gmae}. 점이 얼마나 멀리 있는지는 상관없다. MSE의 기울기는 2(c − 평균) = {gmse}로 거리에 비례한다. 가장 좋은 c는 MAE에서는 중앙값 {median}, MSE에서는 평균 {mean}이다. 점 하나를 멀리 끌어 보면 평균만 따라간다.',
  mvmSummary: '점 {n}개, c = {c}: MAE {mae}, MSE {mse}. 중앙값 {median}, 평균 {mean}.',
};
