import type { ChapterSlug } from '../chapters';

/** Where a symbol or term first appears: a chapter and one of its shared section ids. */
export interface Place {
  chapter: ChapterSlug;
  section: string;
}

export interface NotationEntry {
  /** The symbol in LaTeX, in the deck's own form. */
  tex: string;
  en: string;
  ko: string;
  first: Place;
}

/** Every symbol the seminar uses, in the order it first appears. */
export const NOTATION: readonly NotationEntry[] = [
  { tex: 'X_i(t)', en: 'The i-th input of the perceptron at training step t.', ko: '학습 단계 t에서 퍼셉트론의 i번째 입력.', first: { chapter: 'perceptron', section: 'parameter-update' } },
  { tex: 'W_i(t)', en: 'The weight on input i at step t; Wᵢ(t + 1) is its value after the update.', ko: '단계 t에서 입력 i에 곱해지는 가중치(weight). Wᵢ(t + 1)은 갱신 후의 값.', first: { chapter: 'perceptron', section: 'parameter-update' } },
  { tex: 'b', en: 'The bias: a weight on a constant input of 1 that shifts the decision line.', ko: '바이어스(bias). 항상 1인 입력에 붙은 가중치로, 결정 경계를 평행 이동시킨다.', first: { chapter: 'perceptron', section: 'parameter-update' } },
  { tex: '\\alpha', en: 'The perceptron’s learning rate: how far one error moves the weights.', ko: '퍼셉트론의 학습률(learning rate). 오차 하나가 가중치를 얼마나 움직이는지 정한다.', first: { chapter: 'perceptron', section: 'parameter-update' } },
  { tex: 'd(t)', en: 'The target (desired) output for the sample at step t.', ko: '단계 t의 샘플에 대한 목표 값(desired output).', first: { chapter: 'perceptron', section: 'parameter-update' } },
  { tex: 'y(t)', en: 'The perceptron’s actual output at step t (0 or 1 with the step function).', ko: '단계 t에서 퍼셉트론이 낸 결과 값(계단 함수이면 0 또는 1).', first: { chapter: 'perceptron', section: 'parameter-update' } },
  { tex: 'E', en: 'The error (loss) to be reduced; in the backpropagation chapter E = ½(y − y′)².', ko: '줄이려는 오차(손실). 역전파 장에서는 E = ½(y − y′)².', first: { chapter: 'backpropagation', section: 'goal' } },
  { tex: '\\eta', en: 'The learning rate of gradient descent: the step size along −∂E/∂w (and −∇θJ).', ko: '경사하강법의 학습률. −∂E/∂w(또는 −∇θJ) 방향으로 가는 보폭.', first: { chapter: 'backpropagation', section: 'goal' } },
  { tex: '\\frac{\\partial E}{\\partial w}', en: 'How fast E changes as the weight w changes: the gradient for that weight.', ko: '가중치 w가 변할 때 E가 변하는 정도. 그 가중치의 기울기(gradient).', first: { chapter: 'backpropagation', section: 'goal' } },
  { tex: "y'", en: 'The desired value from the training data (the target) in the backpropagation chapter.', ko: '역전파 장에서 학습 데이터가 주는 원하는 값(목표 값).', first: { chapter: 'backpropagation', section: 'output-weight' } },
  { tex: 'x,\\ h,\\ y', en: 'In the seminar’s chain: the input, the hidden unit’s output h = sig(w₁x) and the output y = sig(w₂h).', ko: '세미나의 사슬에서 입력, 은닉 유닛의 출력 h = sig(w₁x), 출력 y = sig(w₂h).', first: { chapter: 'backpropagation', section: 'output-weight' } },
  { tex: 'w_1,\\ w_2,\\ w_3', en: 'The weights along the chain, numbered from the input towards the output.', ko: '사슬을 따라 입력 쪽에서 출력 쪽으로 번호를 붙인 가중치.', first: { chapter: 'backpropagation', section: 'output-weight' } },
  { tex: '\\text{sig}(x)', en: 'The sigmoid 1/(1 + e⁻ˣ); its derivative is sig(x)(1 − sig(x)).', ko: '시그모이드 1/(1 + e⁻ˣ). 도함수는 sig(x)(1 − sig(x)).', first: { chapter: 'backpropagation', section: 'output-weight' } },
  { tex: '\\delta_y,\\ \\delta_h', en: 'The error signal of the output unit, (y − y′)y(1 − y), and of the hidden unit, δ_y · sig′(w₁x) · w₂.', ko: '출력 유닛의 오차 신호 (y − y′)y(1 − y)와 은닉 유닛의 오차 신호 δ_y · sig′(w₁x) · w₂.', first: { chapter: 'backpropagation', section: 'delta-notation' } },
  { tex: 'h_1,\\ h_2,\\ \\delta_2', en: 'In the deeper chain: the two hidden outputs, and δ₂, the error signal of h₂ (the seminar writes δ₂ = δ_y · sig(w₃h₂)′ · w₃; the chapter explains which slope belongs there).', ko: '더 긴 사슬에서 두 은닉 출력, 그리고 h₂의 오차 신호 δ₂ (세미나는 δ₂ = δ_y · sig(w₃h₂)′ · w₃로 적는다. 어느 기울기가 들어가야 하는지는 본문에서 설명한다).', first: { chapter: 'backpropagation', section: 'deeper-chains' } },
  { tex: 'w^{(l)}_{ji},\\ b^{(l)}_{j}', en: 'In a network of layers (the worked example, the stepper): the weight from unit i of layer l − 1 (input xᵢ when l = 1) into unit j of layer l, and the bias of unit j of layer l. Layers count from 1 after the inputs.', ko: '층이 여럿인 신경망(계산 예시, 스테퍼)에서 l − 1층의 유닛 i(l = 1이면 입력 xᵢ)에서 l층의 유닛 j로 들어가는 가중치와 l층 유닛 j의 바이어스. 층은 입력 다음부터 1로 센다.', first: { chapter: 'backpropagation', section: 'worked-example' } },
  { tex: '\\text{net}^{(l)}_{j}', en: 'The net input of unit j of layer l: the weighted sum Σᵢ w⁽ˡ⁾ⱼᵢ · (the outputs of layer l − 1) + b⁽ˡ⁾ⱼ, before the activation.', ko: 'l층 유닛 j의 순입력. 활성 함수를 거치기 전의 가중합 Σᵢ w⁽ˡ⁾ⱼᵢ · (l − 1층의 출력) + b⁽ˡ⁾ⱼ.', first: { chapter: 'backpropagation', section: 'worked-example' } },
  { tex: 'h^{(l)}_{j},\\ y_{j}', en: 'The output of hidden unit j of layer l, f(net⁽ˡ⁾ⱼ), and of output unit j.', ko: 'l층 은닉 유닛 j의 출력 f(net⁽ˡ⁾ⱼ)와 출력 유닛 j의 출력.', first: { chapter: 'backpropagation', section: 'worked-example' } },
  { tex: '\\delta^{(l)}_{j}', en: 'The error signal of unit j of layer l, ∂E/∂net⁽ˡ⁾ⱼ; δ⁽ˡ⁾ without the index is the vector of the layer’s δ’s.', ko: 'l층 유닛 j의 오차 신호 ∂E/∂net⁽ˡ⁾ⱼ. 첨자 없는 δ⁽ˡ⁾는 그 층 δ들의 벡터.', first: { chapter: 'backpropagation', section: 'worked-example' } },
  { tex: 'a^{(l)},\\ W^{(l)}', en: 'Whole layers: the output vector of layer l (a⁽⁰⁾ = x), and the weight matrix with one row per unit of layer l, so W⁽ˡ⁾[j][i] = w⁽ˡ⁾ⱼᵢ.', ko: '층 전체로 본 표기. l층의 출력 벡터(a⁽⁰⁾ = x)와, l층 유닛마다 한 행을 갖는 가중치 행렬. W⁽ˡ⁾[j][i] = w⁽ˡ⁾ⱼᵢ.', first: { chapter: 'backpropagation', section: 'vectorised' } },
  { tex: 'H(X) = AX', en: 'A stack of linear layers collapses into one linear map A, however many layers there are.', ko: '선형 층을 아무리 쌓아도 하나의 선형 사상 A로 합쳐진다.', first: { chapter: 'activation-functions', section: 'why-nonlinearity' } },
  { tex: '\\sigma(z)_j', en: 'The j-th output of softmax over the scores z₁ … z_K.', ko: '점수 z₁ … z_K에 대한 softmax의 j번째 출력.', first: { chapter: 'activation-functions', section: 'softmax' } },
  { tex: 'K', en: 'The number of classes (softmax outputs, cross-entropy terms).', ko: '클래스의 개수(softmax 출력, 교차 엔트로피 항의 수).', first: { chapter: 'activation-functions', section: 'softmax' } },
  { tex: 'n', en: 'The number of examples averaged over in MAE and MSE.', ko: 'MAE와 MSE에서 평균을 내는 예시의 수.', first: { chapter: 'loss-functions', section: 'mae' } },
  { tex: 'y_i,\\ y_i^p', en: 'The true value and the predicted value of example i.', ko: '예시 i의 실제 값과 예측 값.', first: { chapter: 'loss-functions', section: 'mae' } },
  { tex: 'y^{(k)},\\ \\hat{y}^{(k)}', en: 'The true probability of class k (1 for the right class, 0 otherwise) and the predicted probability.', ko: '클래스 k의 실제 확률(정답이면 1, 아니면 0)과 예측 확률.', first: { chapter: 'loss-functions', section: 'cross-entropy' } },
  { tex: '\\theta', en: 'All of the network’s parameters (W, b) seen as one vector; θ_t is its value at step t.', ko: '신경망의 모든 파라미터(W, b)를 하나의 벡터로 본 것. θ_t는 단계 t의 값.', first: { chapter: 'optimizers', section: 'what-an-optimizer-does' } },
  { tex: 'J(\\theta)', en: 'The loss as a function of the parameters.', ko: '파라미터의 함수로 본 손실.', first: { chapter: 'optimizers', section: 'what-an-optimizer-does' } },
  { tex: '\\nabla_{\\theta} J(\\theta)', en: 'The gradient of the loss with respect to every parameter.', ko: '모든 파라미터에 대한 손실의 기울기(gradient).', first: { chapter: 'optimizers', section: 'what-an-optimizer-does' } },
  { tex: 'x^{(i)};\\ y^{(i)}', en: 'One training example (or a small batch) whose gradient SGD uses in place of the full set’s.', ko: 'SGD가 전체 데이터 대신 기울기를 구하는 데 쓰는 학습 예시 하나(또는 작은 배치).', first: { chapter: 'optimizers', section: 'sgd' } },
  { tex: 'v_t', en: 'Momentum and NAG: the velocity, a decaying sum of past steps. (In Adam, v_t is the second moment.)', ko: 'Momentum·NAG의 속도(velocity): 지난 이동량이 감쇠하며 쌓인 값. (Adam에서 v_t는 2차 모멘트.)', first: { chapter: 'optimizers', section: 'momentum' } },
  { tex: '\\gamma', en: 'A decay rate: momentum’s inertia; the averaging rate of RMSProp and AdaDelta. (In batch norm, γ is the scale.)', ko: '감쇠율. Momentum의 관성 계수, RMSProp·AdaDelta의 지수평균 계수. (배치 정규화의 γ는 scale.)', first: { chapter: 'optimizers', section: 'momentum' } },
  { tex: 'G_t', en: 'Adagrad: the running sum of squared gradients, per parameter (a diagonal matrix). RMSProp/AdaDelta: their moving average.', ko: 'Adagrad에서 파라미터마다 누적한 기울기 제곱의 합(대각 행렬). RMSProp·AdaDelta에서는 그 지수평균.', first: { chapter: 'optimizers', section: 'adagrad' } },
  { tex: '\\epsilon', en: 'A small constant that keeps a division or square root away from zero (optimizers, batch norm).', ko: '나눗셈이나 제곱근이 0이 되지 않게 막는 작은 상수(옵티마이저, 배치 정규화).', first: { chapter: 'optimizers', section: 'adagrad' } },
  { tex: 's,\\ \\Delta_{\\theta}', en: 'AdaDelta: the moving average of squared updates, and the update itself.', ko: 'AdaDelta에서 갱신량 제곱의 지수평균과 갱신량 자체.', first: { chapter: 'optimizers', section: 'adadelta' } },
  { tex: 'm_t,\\ v_t', en: 'Adam: moving averages of the gradient (first moment) and of its square (second moment).', ko: 'Adam에서 기울기의 지수평균(1차 모멘트)과 기울기 제곱의 지수평균(2차 모멘트).', first: { chapter: 'optimizers', section: 'adam' } },
  { tex: '\\beta_1,\\ \\beta_2', en: 'Adam’s decay rates for m and v (typically 0.9 and 0.999).', ko: 'Adam에서 m과 v의 감쇠율(보통 0.9와 0.999).', first: { chapter: 'optimizers', section: 'adam' } },
  { tex: '\\hat{m}_t,\\ \\hat{v}_t', en: 'Adam’s bias-corrected moments, m_t/(1 − β₁ᵗ) and v_t/(1 − β₂ᵗ).', ko: 'Adam의 편향 보정 모멘트 m_t/(1 − β₁ᵗ), v_t/(1 − β₂ᵗ).', first: { chapter: 'optimizers', section: 'adam' } },
  { tex: 'p', en: 'Dropout: the probability that a unit is dropped (set to 0) in a training step.', ko: '드롭아웃에서 한 학습 단계 동안 유닛이 꺼질(0이 될) 확률.', first: { chapter: 'dropout', section: 'how-it-works' } },
  { tex: 'm', en: 'Batch norm: the number of examples in the mini-batch.', ko: '배치 정규화에서 미니배치에 든 예시의 수.', first: { chapter: 'batch-normalization', section: 'algorithm' } },
  { tex: '\\mu_B', en: 'The mini-batch mean of one unit’s inputs.', ko: '한 유닛 입력의 미니배치 평균.', first: { chapter: 'batch-normalization', section: 'algorithm' } },
  { tex: '\\sigma_B^2', en: 'The mini-batch variance of one unit’s inputs (divided by m).', ko: '한 유닛 입력의 미니배치 분산(m으로 나눔).', first: { chapter: 'batch-normalization', section: 'algorithm' } },
  { tex: '\\hat{x}_i', en: 'The normalised input: mean 0 and variance (about) 1 over the mini-batch.', ko: '정규화된 입력. 미니배치 안에서 평균 0, 분산 (거의) 1.', first: { chapter: 'batch-normalization', section: 'algorithm' } },
  { tex: '\\gamma,\\ \\beta', en: 'Batch norm: the learned scale and shift, y_i = γx̂_i + β.', ko: '배치 정규화에서 학습되는 scale과 shift. y_i = γx̂_i + β.', first: { chapter: 'batch-normalization', section: 'algorithm' } },
];
