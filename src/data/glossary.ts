import type { Place } from './notation';

export interface GlossaryEntry {
  ko: string;
  en: string;
  /** One-line meaning, in each language. */
  meaningEn: string;
  meaningKo: string;
  introduced: Place;
  /**
   * The "not this" column: Korean spellings that mean this entry's concept (or a particle form that
   * does not match how the term is read aloud) and that no Korean text uses; each maps to its fix.
   * tests/unit/content/content-style.test.ts finds them in the chapters, UI strings and demo summaries.
   */
  notKo?: Readonly<Record<string, string>>;
}

/** The seminar's terms, Korean ↔ English, in the order of the chapters. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  { ko: '뉴런', en: 'neuron', meaningEn: 'A unit that sums weighted inputs and passes the sum through an activation function.', meaningKo: '가중치를 곱한 입력을 더하고 그 합을 활성 함수에 통과시키는 단위.', introduced: { chapter: 'perceptron', section: 'neuron' } },
  { ko: '퍼셉트론', en: 'perceptron', meaningEn: 'A single neuron with a step activation that separates inputs with a line.', meaningKo: '계단 함수를 쓰는 뉴런 하나. 입력 공간을 직선 하나로 나눈다.', introduced: { chapter: 'perceptron', section: 'single-perceptron' } },
  { ko: '가중치', en: 'weight', meaningEn: 'The number an input is multiplied by; what learning adjusts.', meaningKo: '입력에 곱해지는 수. 학습이 조정하는 대상.', introduced: { chapter: 'perceptron', section: 'neuron' } },
  { ko: '바이어스', en: 'bias', meaningEn: 'A constant added to the weighted sum, shifting the unit’s threshold.', meaningKo: '가중합에 더해지는 상수. 유닛의 문턱값을 옮긴다.', introduced: { chapter: 'perceptron', section: 'neuron' } },
  { ko: '에포크', en: 'epoch', meaningEn: 'One pass over the whole training set.', meaningKo: '학습 데이터 전체를 한 번 훑는 단위.', introduced: { chapter: 'perceptron', section: 'delta-rule' }, notKo: { 에폭: '에포크' } },
  { ko: '델타 규칙', en: 'delta rule', meaningEn: 'The perceptron’s learning rule: move each weight by α times the error times its input.', meaningKo: '퍼셉트론의 학습 규칙. 각 가중치를 α × 오차 × 입력만큼 움직인다.', introduced: { chapter: 'perceptron', section: 'delta-rule' } },
  { ko: '목표 값', en: 'target (desired) value', meaningEn: 'The output the training data says the network should produce.', meaningKo: '학습 데이터가 정해 주는, 신경망이 내야 할 출력.', introduced: { chapter: 'perceptron', section: 'parameter-update' } },
  { ko: '학습률', en: 'learning rate', meaningEn: 'The step size of an update (α for the perceptron, η for gradient descent).', meaningKo: '한 번의 갱신에서 움직이는 보폭(퍼셉트론은 α, 경사하강법은 η).', introduced: { chapter: 'perceptron', section: 'parameter-update' } },
  { ko: 'XOR(엑스오어)', en: 'XOR (exclusive or)', meaningEn: 'True when exactly one of two inputs is 1; no single line separates its points. Read aloud in Korean as 엑스오어, like OR (오어), AND (앤드) and NAND (낸드): the particles after these names are the ones that follow a vowel (XOR를, OR가, XOR와, XOR로).', meaningKo: '두 입력 중 정확히 하나만 1일 때 1. 직선 하나로 점들을 나눌 수 없다. 엑스오어로 읽으므로 OR(오어), AND(앤드), NAND(낸드)처럼 모음 뒤의 조사를 붙인다(XOR를, OR가, XOR와, XOR로).', introduced: { chapter: 'perceptron', section: 'xor' }, notKo: { XOR을: 'XOR를', XOR이: 'XOR가', XOR은: 'XOR는', XOR과: 'XOR와', XOR으로: 'XOR로', OR을: 'OR를', OR이: 'OR가', OR은: 'OR는', OR과: 'OR와', OR으로: 'OR로' } },
  { ko: '다층 퍼셉트론', en: 'multilayer perceptron (MLP)', meaningEn: 'A network with one or more hidden layers between input and output.', meaningKo: '입력층과 출력층 사이에 은닉층이 하나 이상 있는 신경망.', introduced: { chapter: 'perceptron', section: 'multilayer-perceptron' } },
  { ko: '신경망', en: 'network (neural network)', meaningEn: 'Units connected in layers; the whole model that maps inputs to outputs.', meaningKo: '유닛을 층으로 연결한 것. 입력을 출력으로 바꾸는 모델 전체.', introduced: { chapter: 'perceptron', section: 'multilayer-perceptron' }, notKo: { 네트워크: '신경망' } },
  { ko: '은닉층', en: 'hidden layer', meaningEn: 'A layer whose outputs are neither the network’s inputs nor its outputs.', meaningKo: '입력도 출력도 아닌, 신경망 안쪽의 층.', introduced: { chapter: 'perceptron', section: 'multilayer-perceptron' } },
  { ko: '순전파', en: 'forward propagation', meaningEn: 'Computing the outputs layer by layer from the inputs.', meaningKo: '입력에서 시작해 층마다 출력을 계산해 나가는 과정.', introduced: { chapter: 'perceptron', section: 'forward-propagation' } },
  { ko: '역전파', en: 'backpropagation', meaningEn: 'Computing every weight’s gradient by passing error signals backwards with the chain rule.', meaningKo: '연쇄 법칙으로 오차 신호를 거꾸로 전달해 모든 가중치의 기울기를 구하는 방법.', introduced: { chapter: 'backpropagation', section: 'goal' } },
  { ko: '오차 허용 범위', en: 'error tolerance', meaningEn: 'The error below which training stops.', meaningKo: '이보다 오차가 작아지면 학습을 멈추는 기준.', introduced: { chapter: 'perceptron', section: 'training-loop' } },
  { ko: '기울기', en: 'gradient', meaningEn: 'The vector of partial derivatives of the loss; it points uphill. In Korean 기울기 means only this (∂E/∂w); an activation’s slope is 미분값.', meaningKo: '손실의 편미분을 모은 벡터(∂E/∂w). 오르막 방향을 가리킨다. 이 강의에서 기울기는 이 뜻으로만 쓰고, 활성 함수 그래프의 기울기는 미분값이라 한다.', introduced: { chapter: 'backpropagation', section: 'goal' } },
  { ko: '미분값', en: 'slope (of an activation)', meaningEn: 'The derivative of an activation at a unit’s input, such as sig′(z) = y(1 − y): how steep its curve is there. Kept apart from 기울기, the loss’s gradient.', meaningKo: '유닛 입력에서의 활성 함수의 도함수 값. 예: sig′(z) = y(1 − y). 그 점에서 곡선이 얼마나 가파른지를 나타내며, 손실의 기울기(gradient)와 구별한다.', introduced: { chapter: 'backpropagation', section: 'output-weight' } },
  { ko: '연쇄 법칙', en: 'chain rule', meaningEn: 'The derivative of a composition is the product of the derivatives along the chain.', meaningKo: '합성 함수의 도함수는 사슬을 따라 놓인 도함수들의 곱이다.', introduced: { chapter: 'backpropagation', section: 'output-weight' } },
  { ko: '델타(오차 신호)', en: 'delta (error signal)', meaningEn: 'δ: the loss’s derivative with respect to a unit’s input, reused for every weight into the unit.', meaningKo: 'δ: 유닛 입력에 대한 손실의 미분. 그 유닛으로 들어오는 모든 가중치에 재사용된다.', introduced: { chapter: 'backpropagation', section: 'delta-notation' } },
  { ko: '활성 함수', en: 'activation function', meaningEn: 'The nonlinear function applied to a unit’s weighted sum.', meaningKo: '유닛의 가중합에 적용하는 비선형 함수.', introduced: { chapter: 'activation-functions', section: 'why-nonlinearity' }, notKo: { '활성화 함수': '활성 함수' } },
  { ko: '비선형성', en: 'nonlinearity', meaningEn: 'What keeps stacked layers from collapsing into one linear map.', meaningKo: '층을 쌓아도 하나의 선형 사상으로 합쳐지지 않게 해 주는 성질.', introduced: { chapter: 'activation-functions', section: 'why-nonlinearity' } },
  { ko: '계단 함수', en: 'step function', meaningEn: 'Outputs 1 at or above the threshold and 0 below it.', meaningKo: '문턱값 이상이면 1, 미만이면 0을 내는 함수.', introduced: { chapter: 'activation-functions', section: 'step' } },
  { ko: '시그모이드', en: 'sigmoid', meaningEn: '1/(1 + e⁻ˣ): a smooth step from 0 to 1.', meaningKo: '1/(1 + e⁻ˣ). 0에서 1로 매끄럽게 올라가는 함수.', introduced: { chapter: 'activation-functions', section: 'sigmoid' } },
  { ko: '하이퍼볼릭 탄젠트', en: 'hyperbolic tangent (tanh)', meaningEn: 'A zero-centred sigmoid with range (−1, 1).', meaningKo: '중심이 0인 시그모이드. 범위는 (−1, 1).', introduced: { chapter: 'activation-functions', section: 'tanh' } },
  { ko: '기울기 소실', en: 'vanishing gradient', meaningEn: 'Gradients shrinking towards zero as they are multiplied back through many layers.', meaningKo: '여러 층을 거꾸로 곱해 가며 기울기가 0에 가까워지는 현상.', introduced: { chapter: 'activation-functions', section: 'sigmoid' } },
  { ko: 'ReLU', en: 'rectified linear unit (ReLU)', meaningEn: 'max(0, x): cheap and non-saturating for positive inputs.', meaningKo: 'max(0, x). 계산이 싸고 양수 입력에서 포화되지 않는다.', introduced: { chapter: 'activation-functions', section: 'relu' } },
  { ko: 'Leaky ReLU', en: 'leaky ReLU', meaningEn: 'ReLU with a small slope (0.01) for negative inputs, so those units still learn.', meaningKo: '음수 입력에 작은 기울기(0.01)를 준 ReLU. 음수 쪽에서도 학습이 된다.', introduced: { chapter: 'activation-functions', section: 'leaky-relu' } },
  { ko: '소프트맥스', en: 'softmax', meaningEn: 'Turns K scores into K probabilities that sum to 1.', meaningKo: 'K개의 점수를 합이 1인 K개의 확률로 바꾼다.', introduced: { chapter: 'activation-functions', section: 'softmax' } },
  { ko: '예시', en: 'example', meaningEn: 'One input with its target, as the training data holds it; also a worked example in the text.', meaningKo: '학습 데이터의 입력 하나와 그 목표 값. 본문에서 손으로 따라가는 예도 예시라 한다.', introduced: { chapter: 'loss-functions', section: 'what-a-loss-measures' }, notKo: { 예제: '예시' } },
  { ko: '손실 함수', en: 'loss function', meaningEn: 'Measures how far predictions are from the true values.', meaningKo: '예측이 실제 값에서 얼마나 떨어져 있는지 수치화하는 함수.', introduced: { chapter: 'loss-functions', section: 'what-a-loss-measures' } },
  { ko: '평균 절대 오차', en: 'mean absolute error (MAE)', meaningEn: 'The mean of |true − predicted|.', meaningKo: '|실제 값 − 예측 값|의 평균.', introduced: { chapter: 'loss-functions', section: 'mae' } },
  { ko: '평균 제곱 오차', en: 'mean squared error (MSE)', meaningEn: 'The mean of (true − predicted)².', meaningKo: '(실제 값 − 예측 값)²의 평균.', introduced: { chapter: 'loss-functions', section: 'mse' } },
  { ko: '교차 엔트로피', en: 'cross-entropy', meaningEn: 'How different a predicted distribution is from the true one: −Σ y log ŷ.', meaningKo: '예측 분포가 실제 분포와 얼마나 다른지: −Σ y log ŷ.', introduced: { chapter: 'loss-functions', section: 'cross-entropy' } },
  { ko: '옵티마이저', en: 'optimizer', meaningEn: 'The rule that turns gradients into parameter updates.', meaningKo: '기울기를 파라미터 갱신으로 바꾸는 규칙.', introduced: { chapter: 'optimizers', section: 'what-an-optimizer-does' } },
  { ko: '경사하강법', en: 'gradient descent', meaningEn: 'Step against the gradient computed on all the data.', meaningKo: '전체 데이터로 구한 기울기의 반대 방향으로 이동하는 방법.', introduced: { chapter: 'optimizers', section: 'gradient-descent' }, notKo: { '경사 하강법': '경사하강법' } },
  { ko: '확률적 경사하강법', en: 'stochastic gradient descent (SGD)', meaningEn: 'Gradient descent with the gradient of one sample or a small batch.', meaningKo: '샘플 하나나 작은 배치의 기울기로 하는 경사하강법.', introduced: { chapter: 'optimizers', section: 'sgd' } },
  { ko: '미니배치', en: 'mini-batch', meaningEn: 'A small subset of the training data used for one step.', meaningKo: '한 번의 갱신에 쓰는 학습 데이터의 작은 부분집합.', introduced: { chapter: 'optimizers', section: 'sgd' } },
  { ko: '모멘텀(관성)', en: 'momentum', meaningEn: 'Adds a decaying sum of past steps to the current one.', meaningKo: '지난 이동 방향을 감쇠시키며 더해 현재 이동에 반영한다.', introduced: { chapter: 'optimizers', section: 'momentum' } },
  { ko: '지역 최솟값', en: 'local minimum', meaningEn: 'A point lower than its neighbourhood but not the lowest overall.', meaningKo: '주변보다는 낮지만 전체에서 가장 낮지는 않은 점.', introduced: { chapter: 'optimizers', section: 'momentum' } },
  { ko: '안장점', en: 'saddle point', meaningEn: 'A stationary point (zero gradient) that is a minimum along some directions and a maximum along others; gradient descent slows down near one and can rest on the flat region beside it for very long.', meaningKo: '기울기가 0인 점 가운데 어떤 방향으로는 최솟값, 다른 방향으로는 최댓값인 점. 경사하강법은 그 근처에서 느려지고, 곁의 평탄한 영역(plateau)에 아주 오래 머물 수 있다.', introduced: { chapter: 'perceptron', section: 'training-loop' } },
  { ko: '네스테로프 가속 경사', en: 'Nesterov accelerated gradient (NAG)', meaningEn: 'Momentum that takes the gradient at the look-ahead point θ − γv.', meaningKo: '앞으로 갈 지점 θ − γv에서 기울기를 구하는 모멘텀.', introduced: { chapter: 'optimizers', section: 'nag' } },
  { ko: '적응적 학습률', en: 'adaptive learning rate', meaningEn: 'A step size per parameter, set by that parameter’s gradient history (Adagrad, RMSProp, AdaDelta, Adam).', meaningKo: '파라미터마다 기울기 이력에 따라 달라지는 보폭(Adagrad, RMSProp, AdaDelta, Adam).', introduced: { chapter: 'optimizers', section: 'adagrad' } },
  { ko: '지수평균', en: 'exponential moving average', meaningEn: 'An average that weights recent values more: G = γG + (1 − γ)g².', meaningKo: '최근 값에 더 큰 비중을 두는 평균: G = γG + (1 − γ)g².', introduced: { chapter: 'optimizers', section: 'rmsprop' } },
  { ko: '편향 보정', en: 'bias correction', meaningEn: 'Adam’s division by 1 − βᵗ, undoing the pull of zero-initialised averages.', meaningKo: 'Adam에서 1 − βᵗ로 나누어 0으로 시작한 평균이 0 쪽으로 치우친 것을 바로잡는 일.', introduced: { chapter: 'optimizers', section: 'adam' } },
  { ko: '과적합', en: 'overfitting', meaningEn: 'Fitting the training data so closely that new data is predicted worse.', meaningKo: '학습 데이터에 지나치게 맞춰져 새 데이터를 오히려 잘 예측하지 못하는 상태.', introduced: { chapter: 'dropout', section: 'why-dropout' } },
  { ko: '드롭아웃', en: 'dropout', meaningEn: 'Randomly setting some units to zero during training.', meaningKo: '학습 중 일부 유닛을 무작위로 0으로 만드는 방법.', introduced: { chapter: 'dropout', section: 'how-it-works' } },
  { ko: '보팅 효과', en: 'voting effect', meaningEn: 'Dropout’s final network acting like an average over many thinned networks.', meaningKo: '드롭아웃으로 학습한 신경망이 여러 축소된 신경망의 평균처럼 동작하는 효과.', introduced: { chapter: 'dropout', section: 'voting' } },
  { ko: '동조화(공적응)', en: 'co-adaptation', meaningEn: 'Units relying on particular other units instead of learning useful features alone.', meaningKo: '유닛이 스스로 쓸모 있는 특징을 배우지 않고 특정 유닛에 기대게 되는 현상.', introduced: { chapter: 'dropout', section: 'co-adaptation' } },
  { ko: '배치 정규화', en: 'batch normalization', meaningEn: 'Normalising each unit’s input over the mini-batch, then scaling and shifting.', meaningKo: '각 유닛의 입력을 미니배치 단위로 정규화한 뒤 scale과 shift를 적용하는 방법.', introduced: { chapter: 'batch-normalization', section: 'algorithm' } },
  { ko: '기울기 폭발', en: 'exploding gradient', meaningEn: 'Gradients growing without bound as they pass back through many layers.', meaningKo: '여러 층을 거꾸로 지나며 기울기가 한없이 커지는 현상.', introduced: { chapter: 'batch-normalization', section: 'why-batch-norm' } },
  { ko: '내부 공변량 변화', en: 'internal covariate shift', meaningEn: 'A layer’s input distribution changing during training as earlier layers change.', meaningKo: '앞 층의 파라미터가 바뀌면서 학습 도중 현재 층 입력의 분포가 바뀌는 현상.', introduced: { chapter: 'batch-normalization', section: 'internal-covariate-shift' } },
];
