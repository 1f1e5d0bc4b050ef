import type { ChapterSlug } from '../chapters';
import type { Lang } from '../i18n';

/**
 * Every demonstration of the course, in chapter order. Each is placed in its chapter (both languages)
 * and also has a page of its own at /demos/<id>/ (and /ko/demos/<id>/), filling the screen, so a
 * lecturer can open one demo directly. The Astro component for each id is in components/demos.ts.
 */
export interface Demo {
  /** URL segment and the widget's URL-state namespace. */
  id: string;
  chapter: ChapterSlug;
  /** The section of the chapter it belongs to (a shared section id). */
  section: string;
  title: Record<Lang, string>;
  summary: Record<Lang, string>;
}

export const DEMOS: readonly Demo[] = [
  {
    id: 'neuron-model',
    chapter: 'perceptron',
    section: 'neuron',
    title: { en: 'One neuron, number by number', ko: '뉴런 하나, 숫자로 따라가기' },
    summary: {
      en: 'Three inputs, their weights, a bias and an activation: watch the products add up to net, bar by bar, and f turn net into the output. Drag along f to move the bias and make the neuron fire or go quiet.',
      ko: '입력 셋, 가중치, 바이어스, 활성 함수. 곱들이 막대 하나씩 더해져 net이 되고, f가 net을 출력으로 바꾸는 과정을 본다. f 위를 끌어 바이어스를 옮기면 뉴런이 발화하거나 조용해진다.',
    },
  },
  {
    id: 'neuron',
    chapter: 'perceptron',
    section: 'single-perceptron',
    title: { en: 'One neuron', ko: '뉴런 하나' },
    summary: {
      en: 'Weights, bias and input of a step neuron, with its decision line on the input plane: move the sliders or drag the line.',
      ko: '계단 함수 뉴런의 가중치, 바이어스, 입력과 입력 평면 위의 결정 직선. 슬라이더를 움직이거나 직선을 끌어 본다.',
    },
  },
  {
    id: 'lms-gradient',
    chapter: 'perceptron',
    section: 'delta-rule',
    title: { en: 'LMS and the perceptron rule, side by side', ko: 'LMS와 퍼셉트론 학습 규칙 나란히 보기' },
    summary: {
      en: 'The delta rule as gradient descent: E = ½(d − net)² and its slope −(d − net)xᵢ with numbers and central differences, LMS beside the perceptron rule on AND, OR or NAND, the least-squares minimum, and the α past which LMS diverges.',
      ko: '경사하강법으로 읽는 델타 규칙. 오차 E = ½(d − net)²의 기울기 −(d − net)xᵢ를 실제 수와 중앙 차분으로 보고, AND, OR, NAND에서 LMS와 퍼셉트론 학습 규칙을 나란히 돌린다. 최소제곱 최솟값과 LMS가 발산하기 시작하는 α도 보여 준다.',
    },
  },
  {
    id: 'delta-rule',
    chapter: 'perceptron',
    section: 'parameter-update',
    title: { en: 'The delta rule, one sample at a time', ko: '델타 규칙, 학습 벡터 하나씩' },
    summary: {
      en: 'Step a perceptron through AND, OR, NAND or XOR: each update with its numbers, the moving decision line, errors per epoch.',
      ko: '퍼셉트론이 AND, OR, NAND, XOR를 한 단계씩 학습한다. 갱신마다 실제 수, 움직이는 결정 직선, 에포크별 오류 수를 보여 준다.',
    },
  },
  {
    id: 'xor-line',
    chapter: 'perceptron',
    section: 'xor',
    title: { en: 'XOR’s four inequalities, live', ko: 'XOR의 네 부등식, 직접 확인하기' },
    summary: {
      en: 'Drag one perceptron’s line over the four corners and watch XOR’s four inequalities hold or fail: the middle pair and the outer pair add up to the same w₁ + w₂ + 2b, so three is the most any line achieves.',
      ko: '퍼셉트론 하나의 직선을 네 꼭짓점 위에서 끌며 XOR의 네 부등식이 성립하는지 본다. 가운데 두 줄과 바깥 두 줄의 합이 똑같이 w₁ + w₂ + 2b라서, 어떤 직선도 셋까지만 만족한다.',
    },
  },
  {
    id: 'xor-gates',
    chapter: 'perceptron',
    section: 'multilayer-perceptron',
    title: { en: 'XOR from gates', ko: '게이트로 만드는 XOR' },
    summary: {
      en: 'A two-layer step network, NAND and OR feeding AND, computes XOR; edit any weight and watch it break or survive.',
      ko: 'NAND와 OR가 AND로 이어지는 2층 계단 함수 신경망이 XOR를 계산한다. 가중치를 바꾸며 XOR가 깨지는지 본다.',
    },
  },
  {
    id: 'training-loop',
    chapter: 'perceptron',
    section: 'training-loop',
    title: { en: 'The training loop on XOR', ko: 'XOR를 배우는 학습 루프' },
    summary: {
      en: 'A sigmoid network learns XOR by backpropagation until the loss is within the tolerance — or gets stuck.',
      ko: '시그모이드 신경망이 역전파로 XOR를 배워 손실이 허용 오차 안에 들거나, 빠져나가기 어려운 평탄한 영역에 머문다.',
    },
  },
  {
    id: 'forward-pass',
    chapter: 'perceptron',
    section: 'forward-propagation',
    title: { en: 'Forward propagation, one quantity at a time', ko: '순전파, 한 값씩' },
    summary: {
      en: 'Each unit’s net input and output of a 2-2-1 sigmoid network, computed in turn on the diagram.',
      ko: '2-2-1 시그모이드 신경망의 각 유닛의 순입력과 출력을 그림 위에서 차례로 계산한다.',
    },
  },
  {
    id: 'one-step',
    chapter: 'backpropagation',
    section: 'goal',
    title: { en: 'One step downhill', ko: '내리막 한 스텝' },
    summary: {
      en: 'One step w − η·∂E/∂w on an error curve of one weight: the tangent’s promise E(w) − ηg² beside the error really reached, agreeing for a small η and parting, even overshooting, for a large one.',
      ko: '가중치 하나의 오차 곡선에서 w − η·∂E/∂w 한 스텝: 접선이 약속한 E(w) − ηg²과 실제로 도달한 오차를 나란히 본다. η가 작으면 맞고, 크면 벌어지다가 골짜기를 넘어가기도 한다.',
    },
  },
  {
    id: 'backprop-chain',
    chapter: 'backpropagation',
    section: 'output-weight',
    title: { en: 'The chain, line by line', ko: '사슬, 한 줄씩' },
    summary: {
      en: 'The seminar\'s chain x → h → y: every line of the derivation of ∂E/∂w₂ and ∂E/∂w₁ with your numbers, factors linked to the diagram, and steps on the map of E.',
      ko: '발표 자료의 사슬 x → h → y: ∂E/∂w₂와 ∂E/∂w₁ 유도의 모든 줄에 직접 고른 수가 들어가고, 인수가 그림과 연결되며, E의 지도 위에서 한 단계씩 학습한다.',
    },
  },
  {
    id: 'hidden-weight',
    chapter: 'backpropagation',
    section: 'hidden-weight',
    title: { en: 'The hidden weight, line by line', ko: '은닉 쪽 가중치, 한 줄씩' },
    summary: {
      en: 'The chapter’s ten lines of ∂E/∂w₁ with your numbers: each factor found on the chain, the part shared with ∂E/∂w₂, a finite-difference check, and a step on w₁ alone.',
      ko: '본문의 ∂E/∂w₁ 유도 열 줄에 직접 고른 수가 들어간다. 인수마다 사슬에서의 위치, ∂E/∂w₂와 함께 쓰는 부분, 유한 차분 검산, w₁만 움직이는 한 단계 학습을 본다.',
    },
  },
  {
    id: 'delta-reuse',
    chapter: 'backpropagation',
    section: 'delta-notation',
    title: { en: 'δ as a message passed back', ko: '거꾸로 전달되는 메시지, δ' },
    summary: {
      en: 'A small sigmoid network of your chosen shape, stepped backwards one unit at a time: each δ computed once from the δ’s above it and reused by every gradient below, each gradient checked by a central difference, and a count of the multiplications saved against working out every weight’s chain over all paths.',
      ko: '직접 고른 모양의 작은 시그모이드 신경망을 유닛 하나씩 거꾸로 계산한다. 각 δ는 위층 δ들로부터 한 번만 계산되어 아래의 모든 기울기가 다시 쓰고, 기울기마다 중심 차분으로 검산하며, 가중치마다 모든 경로의 사슬을 따로 계산할 때보다 곱셈을 얼마나 아끼는지 센다.',
    },
  },
  {
    id: 'backprop-deeper',
    chapter: 'backpropagation',
    section: 'deeper-chains',
    title: { en: 'Deeper chains and δ', ko: '더 긴 사슬과 δ' },
    summary: {
      en: 'The chain x → h₁ → h₂ → y, one factor at a time: δ_y, δ₂, δ₁ and the three gradients, each δ reusing the one above it.',
      ko: '사슬 x → h₁ → h₂ → y를 인수 하나씩: δ_y, δ₂, δ₁과 세 기울기. 각 δ는 바로 위의 δ를 다시 쓴다.',
    },
  },
  {
    id: 'backprop-stepper',
    chapter: 'backpropagation',
    section: 'worked-example',
    title: { en: 'The backprop stepper', ko: '역전파 단계별 계산기' },
    summary: {
      en: 'One training step of a network of up to 4 layers, one quantity at a time, with the formulas and numbers: check your answers, export a worksheet.',
      ko: '4층까지의 신경망에서 학습 한 단계를 값 하나씩 식과 실제 수로 계산한다. 내 답을 확인하고 연습지를 내보낸다.',
    },
  },
  {
    id: 'layer-matrices',
    chapter: 'backpropagation',
    section: 'vectorised',
    title: { en: 'Whole layers at once', ko: '층 전체를 한 번에' },
    summary: {
      en: 'The stepper’s network with its backward pass as matrices: W⁽ˡ⁺¹⁾ᵀδ⁽ˡ⁺¹⁾ ⊙ f′(net⁽ˡ⁾) and δ⁽ˡ⁾(a⁽ˡ⁻¹⁾)ᵀ with live numbers, each entry linked to the per-unit step it equals.',
      ko: '단계별 계산기의 신경망에서 역전파를 행렬로 본다. W⁽ˡ⁺¹⁾ᵀδ⁽ˡ⁺¹⁾ ⊙ f′(net⁽ˡ⁾)와 δ⁽ˡ⁾(a⁽ˡ⁻¹⁾)ᵀ를 실제 수로 계산하고, 각 성분을 그와 같은 유닛별 단계에 잇는다.',
    },
  },
  {
    id: 'linear-collapse',
    chapter: 'activation-functions',
    section: 'why-nonlinearity',
    title: { en: 'Linear collapse, H(X) = AX', ko: '선형 층의 붕괴, H(X) = AX' },
    summary: {
      en: 'A 2-2-1 network on XOR: watch a square grid pass through layer 1 and see A = W₂W₁ computed live. With linear units the lines stay straight, the net equals Ax + c and XOR stays out of reach; switch on tanh or ReLU, train, and it is solved.',
      ko: 'XOR를 배우는 2-2-1 신경망: 정사각형 격자가 첫 번째 층을 지나며 어떻게 변하는지 보고, A = W₂W₁을 실시간으로 계산한다. 선형 유닛이면 직선은 직선으로 남고 신경망은 Ax + c와 같아 XOR를 풀 수 없다. tanh나 ReLU로 바꿔 학습하면 풀린다.',
    },
  },
  {
    id: 'activation-bench',
    chapter: 'activation-functions',
    section: 'kinds',
    title: { en: 'Activation bench', ko: '활성 함수 실험대' },
    summary: {
      en: 'Step, sigmoid, tanh, ReLU, Leaky ReLU, softmax’s two-class slice and linear, each with its derivative: drag x and read f(x) and f′(x) in the formula, steepen the sigmoid, multiply L slopes.',
      ko: '계단 함수, sigmoid, tanh, ReLU, Leaky ReLU, 두 클래스 softmax, 선형 함수를 도함수와 함께: x를 끌며 수식에서 f(x)와 f′(x)를 읽고, sigmoid를 가파르게 하고, L개 미분값을 곱해 본다.',
    },
  },
  {
    id: 'softmax-lab',
    chapter: 'activation-functions',
    section: 'softmax',
    title: { en: 'Softmax lab', ko: '소프트맥스 실험실' },
    summary: {
      en: 'Drag 3 to 5 logits and read eᶻ, the sum and the probabilities; change the temperature, add a constant to every logit, and watch the literal formula overflow near 1000 while the max-subtracted one does not.',
      ko: '로짓 3~5개를 끌며 eᶻ, 그 합, 확률을 읽는다. 온도를 바꾸고 모든 로짓에 상수를 더해 보고, 로짓이 1000 가까이 되면 식 그대로의 계산은 넘치지만 최댓값을 뺀 계산은 넘치지 않는 것을 본다.',
    },
  },
  {
    id: 'same-network',
    chapter: 'activation-functions',
    section: 'vanishing-gradients',
    title: { en: 'Same network, each activation', ko: '같은 신경망, 다른 활성 함수' },
    summary: {
      en: 'One network with the same initial weights, trained with step, sigmoid, tanh, ReLU and Leaky ReLU side by side on XOR, circles or spirals: losses, decision regions, dead ReLU units, and how often each solves the set over 20 seeds.',
      ko: '초기 가중치가 같은 신경망 하나를 계단 함수, sigmoid, tanh, ReLU, Leaky ReLU로 XOR, 동심원, 나선에서 나란히 학습시킨다. 손실, 결정 영역, 죽은 ReLU 유닛, 그리고 시드 20개 중 몇 번 풀리는지를 본다.',
    },
  },
  {
    id: 'loss-example',
    chapter: 'loss-functions',
    section: 'what-a-loss-measures',
    title: { en: 'The seminar’s example, live', ko: '슬라이드의 예, 직접 움직여 보기' },
    summary: {
      en: 'Real value 500, prediction 350, then more examples: raw differences that cancel in a signed sum, against absolute values (MAE) and squares (MSE) that cannot.',
      ko: '실제 값 500, 예측 값 350에서 시작해 예시를 더한다. 부호가 있는 합에서 서로 지워지는 차이와, 지워지지 않는 절대값(MAE)과 제곱(MSE)을 비교한다.',
    },
  },
  {
    id: 'mae-vs-mse',
    chapter: 'loss-functions',
    section: 'mse',
    title: { en: 'MAE vs MSE', ko: 'MAE와 MSE' },
    summary: {
      en: 'Drag points and a constant prediction c: residuals as segments (MAE) and squares (MSE), both losses against c with their gradients — a count of signs against a pull proportional to the distance. The median minimises MAE, the mean MSE; drag one point far away and only the mean follows. Then make the prediction a line c + m(xᵢ − x̄): the least-squares line tilts towards the far point, the least-absolute-deviations line hardly moves.',
      ko: '점과 상수 예측 값 c를 끌어 본다. 잔차를 선분(MAE)과 정사각형(MSE)으로 그리고, 두 손실과 기울기를 c에 따라 본다. 한쪽은 부호의 개수만 세고, 다른 쪽은 거리에 비례해 당긴다. MAE는 중앙값에서, MSE는 평균에서 가장 작다. 점 하나를 멀리 끌면 평균만 따라간다. 예측을 직선 c + m(xᵢ − x̄)로 바꾸면 최소제곱 직선은 먼 점 쪽으로 기울지만 최소 절대 편차 직선은 거의 움직이지 않는다.',
    },
  },
  {
    id: 'cross-entropy',
    chapter: 'loss-functions',
    section: 'cross-entropy',
    title: { en: 'Cross-entropy', ko: '교차 엔트로피' },
    summary: {
      en: 'The probability of the true class against −log p, (1 − p)² and 0/1 accuracy; three classes’ one-hot target against softmax bars, term by term.',
      ko: '정답 클래스의 확률에 따른 −log p, (1 − p)², 0/1 정확도. 세 클래스의 원-핫 목표와 softmax 막대를 항별로 비교한다.',
    },
  },
  {
    id: 'mse-vs-ce',
    chapter: 'loss-functions',
    section: 'choosing',
    title: { en: 'Why not MSE for classification', ko: '분류에 MSE를 쓰지 않는 이유' },
    summary: {
      en: 'One sigmoid neuron, confidently wrong, trained on MSE and on cross-entropy side by side: the factor y(1 − y) in MSE’s gradient keeps it stuck.',
      ko: '자신 있게 틀린 sigmoid 뉴런 하나를 MSE와 교차 엔트로피로 나란히 학습시킨다. MSE 기울기의 인수 y(1 − y)가 학습을 붙잡아 둔다.',
    },
  },
  {
    id: 'huber',
    chapter: 'loss-functions',
    section: 'since-then',
    title: { en: 'Huber loss', ko: 'Huber 손실' },
    summary: {
      en: 'One residual r against Huber’s L_δ(r), ½r² and δ|r|, with their slopes: quadratic up to δ, then a straight line whose slope stays at ±δ. The chapter’s residuals 150, −10, −60 and the outlier’s 1700 cost 10,000, 50, 1,800 and 165,000 at δ = 100.',
      ko: '잔차 r 하나에 대해 Huber의 L_δ(r), ½r², δ|r|와 그 기울기를 본다. δ까지는 제곱, 그 뒤로는 기울기가 ±δ에 머무는 직선이다. δ = 100이면 본문의 잔차 150, −10, −60과 이상치의 1700은 10,000, 50, 1,800, 165,000의 비용을 치른다.',
    },
  },
  {
    id: 'optimizer-race',
    chapter: 'optimizers',
    section: 'what-an-optimizer-does',
    title: { en: 'The race: eight optimizers, one surface', ko: '경주: 옵티마이저 여덟 개, 곡면 하나' },
    summary: {
      en: 'GD, SGD, Momentum, NAG, Adagrad, RMSProp, AdaDelta and Adam from one start on a valley, Rosenbrock, a saddle, Beale, two minima, a plateau or a real line-fit loss (where SGD samples mini-batches): paths, J − J* per step, and a leaderboard of steps to settle; the ones that diverge stop, the rest race on.',
      ko: 'GD, SGD, 모멘텀, NAG, Adagrad, RMSProp, AdaDelta, Adam이 한 출발점에서 골짜기, 로젠브록, 안장점, 빌 함수, 극소점 두 개, 고원, 또는 실제 직선 맞추기 손실(SGD가 미니배치를 뽑는 곳) 위를 달린다. 경로, 스텝별 J − J*, 안착까지 걸린 스텝 수의 순위표를 보이고, 발산한 옵티마이저는 멈추고 나머지는 계속 달린다.',
    },
  },
  {
    id: 'gd-steps',
    chapter: 'optimizers',
    section: 'gradient-descent',
    title: { en: 'Gradient descent on the valley', ko: '골짜기 위의 경사하강법' },
    summary: {
      en: 'θ ← θ − η∇J(θ) on J = θ₁² + 10θ₂², step by step: η = 0.01 crawls, 0.03 converges, 0.13 diverges.',
      ko: 'J = θ₁² + 10θ₂²에서 θ ← θ − η∇J(θ)를 한 스텝씩: η = 0.01은 기어가고, 0.03은 수렴하고, 0.13은 발산한다.',
    },
  },
  {
    id: 'learning-rates',
    chapter: 'optimizers',
    section: 'gradient-descent',
    title: { en: 'The seminar’s three learning rates, live', ko: '세미나의 세 학습률, 직접 돌려 보기' },
    summary: {
      en: 'Gradient descent with η = 0.01, 0.03 and 0.13 and an η of your own, side by side on J = θ₁² + κθ₂²; below, the loss after 50 steps against η for gradient descent and momentum, with the limits 2/λ_max and 2(1 + γ)/λ_max.',
      ko: 'J = θ₁² + κθ₂²에서 η = 0.01, 0.03, 0.13과 직접 고른 η로 경사하강법을 나란히 돌린다. 아래에는 경사하강법과 모멘텀이 50스텝 뒤에 남긴 손실을 η에 따라 그리고, 한계 2/λ_max와 2(1 + γ)/λ_max를 표시한다.',
    },
  },
  {
    id: 'sgd-vs-gd',
    chapter: 'optimizers',
    section: 'sgd',
    title: { en: 'SGD against gradient descent', ko: 'SGD와 경사하강법' },
    summary: {
      en: 'A line fitted to N points: gradient descent with the true gradient beside SGD with mini-batches of 1 … N, their paths, a scatter of mini-batch gradients around the true one (mean = ∇J, spread shrinking like 1/√|B|), and the loss by steps or by examples seen.',
      ko: 'N개의 점에 직선을 맞춘다. 실제 기울기로 가는 경사하강법 옆에 크기 1 … N의 미니배치로 가는 SGD를 두고, 두 경로, 실제 기울기 둘레에 흩어진 미니배치 기울기(평균은 ∇J, 흩어짐은 1/√|B|처럼 줄어든다), 스텝 수나 본 예시 수에 따른 손실을 본다.',
    },
  },
  {
    id: 'momentum-knobs',
    chapter: 'optimizers',
    section: 'momentum',
    title: { en: 'Momentum’s two knobs', ko: '모멘텀의 두 하이퍼파라미터' },
    summary: {
      en: 'η and γ on the valley θ₁² + κθ₂²: the path, the loss per step, and the convergence rate over the whole (η, γ) plane with its stable edge ηλₘₐₓ = 2(1 + γ). One button sets the optimal pair; the best plain gradient descent runs beside it.',
      ko: '골짜기 θ₁² + κθ₂²에서 η와 γ를 바꾸며 경로, 스텝마다의 손실, 그리고 (η, γ) 평면 전체의 수렴 속도와 안정 경계 ηλₘₐₓ = 2(1 + γ)를 본다. 버튼 하나로 최적의 쌍을 고르고, 가장 좋은 보통 경사하강법이 나란히 달린다.',
    },
  },
  {
    id: 'inspect-nag',
    chapter: 'optimizers',
    section: 'nag',
    title: { en: 'NAG, step by step', ko: 'NAG를 한 스텝씩' },
    summary: {
      en: 'The look-ahead point θ − γv, the gradient there and the velocity v of each step on the valley, with the seminar’s formulas carrying the numbers of step t.',
      ko: '골짜기에서 스텝마다 미리 가 볼 지점 θ − γv, 그곳의 기울기, 속도 v를 보이고, 세미나의 수식에 스텝 t의 숫자를 넣는다.',
    },
  },
  {
    id: 'inspect-adagrad',
    chapter: 'optimizers',
    section: 'adagrad',
    title: { en: 'Adagrad, step by step', ko: 'Adagrad를 한 스텝씩' },
    summary: {
      en: 'G as the sum of squared gradients, the chapter’s two steps by hand and on, and each coordinate’s effective learning rate η/√(G + ε) shrinking step after step.',
      ko: '기울기 제곱의 합 G를 본문의 손 계산 두 스텝부터 따라가며, 좌표별 실효 학습률 η/√(G + ε)이 스텝마다 줄어드는 것을 본다.',
    },
  },
  {
    id: 'inspect-rmsprop',
    chapter: 'optimizers',
    section: 'rmsprop',
    title: { en: 'RMSProp, step by step', ko: 'RMSProp을 한 스텝씩' },
    summary: {
      en: 'G as a moving average of squared gradients: the first step of ≈ 3.16η, and effective learning rates that stop shrinking.',
      ko: '기울기 제곱의 이동 평균 G를 쓰면 첫 스텝은 η의 약 3.16배이고, 실효 학습률은 어느 수준 아래로 줄지 않는다.',
    },
  },
  {
    id: 'inspect-adadelta',
    chapter: 'optimizers',
    section: 'adadelta',
    title: { en: 'AdaDelta, step by step', ko: 'AdaDelta를 한 스텝씩' },
    summary: {
      en: 'G, Δθ and s in the seminar’s order with no η: the slow start set by ε and the factor √(s + ε)/√(G + ε) growing as s fills up.',
      ko: 'η 없이 세미나의 순서대로 G, Δθ, s를 계산한다. 출발은 ε이 정해서 느리고, √(s + ε)/√(G + ε)은 s가 쌓이면서 커진다.',
    },
  },
  {
    id: 'inspect-adam',
    chapter: 'optimizers',
    section: 'adam',
    title: { en: 'Adam, step by step', ko: 'Adam을 한 스텝씩' },
    summary: {
      en: 'm, v, m̂ and v̂ of every step, with a switch for the bias correction: with it the first step is η in size, without it about 3.16η.',
      ko: '스텝마다 m, v, m̂, v̂를 보이고 편향 보정을 켜고 끌 수 있다. 보정하면 첫 스텝의 크기가 η, 보정하지 않으면 η의 약 3.16배다.',
    },
  },
  {
    id: 'dropout-overfit',
    chapter: 'dropout',
    section: 'why-dropout',
    title: { en: 'Overfitting, with and without dropout', ko: '드롭아웃이 있을 때와 없을 때의 과적합' },
    summary: {
      en: 'One wide network made twice from one seed learns 30 noisy points side by side, without dropout and with drop probability p: without it the training loss falls to nearly 0 while the test loss climbs; with it the gap between them stays much smaller. Drag p, reseed, and watch the gap.',
      ko: '폭이 넓은 신경망 하나를 같은 시드로 두 번 만들어 잡음 섞인 점 30개를 나란히 학습시킨다. 하나는 드롭아웃 없이, 하나는 드롭 확률 p로 학습한다. 드롭아웃이 없으면 학습 손실은 거의 0까지 떨어지는데 테스트 손실은 오르고, 드롭아웃이 있으면 둘의 차이가 훨씬 작게 유지된다. p를 바꾸고 시드를 바꿔 가며 차이를 지켜본다.',
    },
  },
  {
    id: 'dropout-mask',
    chapter: 'dropout',
    section: 'how-it-works',
    title: { en: 'Mask and scale', ko: '마스크와 보정' },
    summary: {
      en: 'Five outputs y, a dropout mask r and one unit of the next layer: drop units by hand or draw a mask, change p, and switch between training and inference and between the original form (× (1 − p) at inference) and inverted dropout (÷ (1 − p) in training) to see which factor goes where and what z it gives.',
      ko: '출력 y 다섯 개, 드롭아웃 마스크 r, 다음 층의 유닛 하나로 이루어진다. 유닛을 손으로 끄거나 마스크를 뽑고, p를 바꾸고, 학습과 추론, 원래 방식(추론 때 × (1 − p))과 역 드롭아웃(학습 때 ÷ (1 − p))을 바꿔 가며 어떤 인수가 어디에 곱해지고 z가 얼마가 되는지 본다.',
    },
  },
  {
    id: 'dropout-vote',
    chapter: 'dropout',
    section: 'voting',
    title: { en: 'The voting effect', ko: '보팅 효과' },
    summary: {
      en: 'A small network trained with dropout: K thinned networks, each one mask, and their vote (the mean of their outputs) as decision regions beside the full network with its outputs scaled by 1 − p. As K grows the vote settles on the average over all masks, which differs from the scaled network only by what the sigmoid leaves; for one linear step the two are exactly equal.',
      ko: '드롭아웃으로 학습한 작은 신경망에서, 마스크 하나마다 얇은 망 하나씩 K개와 그 투표(출력의 평균)를 결정 영역으로 그려 출력에 1 − p를 곱한 전체 망과 나란히 놓는다. K가 커질수록 투표는 모든 마스크의 평균으로 수렴하고, 이것은 보정한 전체 망과 시그모이드가 남기는 만큼만 다르다. 선형 단계 하나에서는 둘이 정확히 같다.',
    },
  },
  {
    id: 'dropout-scale',
    chapter: 'dropout',
    section: 'test-time',
    title: { en: 'Why scale? Training against test time', ko: '왜 보정하는가? 학습 때와 테스트 때' },
    summary: {
      en: 'The training-time z = Σ w_j ỹ_j of 1,000 random masks as a histogram against the one test-time z: with the original form (× (1 − p) at test time) or inverted dropout (÷ (1 − p) in training) the test-time z sits at the histogram’s mean; forget the factor and it sits p·Σ w_j y_j away.',
      ko: '무작위 마스크 1,000개로 얻은 학습 때의 z = Σ w_j ỹ_j를 히스토그램으로 그려 테스트 때의 z 하나와 비교한다. 원래 방식(테스트 때 × (1 − p))이나 역 드롭아웃(학습 때 ÷ (1 − p))이면 테스트 때의 z가 히스토그램의 평균에 놓이고, 보정을 잊으면 p·Σ w_j y_j만큼 비켜난다.',
    },
  },
  {
    id: 'bn-with-without',
    chapter: 'batch-normalization',
    section: 'internal-covariate-shift',
    title: { en: 'With and without batch normalization', ko: '배치 정규화가 있을 때와 없을 때' },
    summary: {
      en: 'Two deep networks from one seed, one plain and one with batch normalization before each activation, trained side by side with mini-batches: at a large η the plain one stalls while the normalized one learns; one unit’s input percentiles show why.',
      ko: '같은 시드로 만든 깊은 신경망 두 개를 미니배치로 나란히 학습시킨다. 하나는 그대로, 하나는 활성 함수마다 앞에 배치 정규화를 둔다. η가 크면 정규화가 없는 쪽은 멈추고 있는 쪽은 배운다. 한 유닛 입력의 백분위수가 그 까닭을 보여 준다.',
    },
  },
  {
    id: 'bn-algorithm',
    chapter: 'batch-normalization',
    section: 'algorithm',
    title: { en: 'Batch normalization step by step', ko: '배치 정규화를 한 단계씩' },
    summary: {
      en: 'One unit’s mini-batch through μ_B, σ²_B, x̂ and y = γx̂ + β, every line with its numbers: one value, equal values, a large ε, and the γ and β that give back the input.',
      ko: '유닛 하나의 미니배치가 μ_B, σ²_B, x̂, y = γx̂ + β를 거치는 과정을 각 줄의 수와 함께 본다. 값이 하나일 때, 값이 모두 같을 때, ε이 클 때를 살펴보고, 입력을 그대로 돌려주는 γ와 β를 찾는다.',
    },
  },
  {
    id: 'bn-scale-shift',
    chapter: 'batch-normalization',
    section: 'scale-and-shift',
    title: { en: 'Why scale and shift?', ko: '스케일과 시프트는 왜 필요한가' },
    summary: {
      en: 'A mini-batch x, its normalized x̂ and y = γx̂ + β on one axis above the sigmoid, tanh or ReLU: x̂ alone sits in the near-linear middle; γ and β move it out, and γ = √(σ²_B + ε), β = μ_B gives back x itself.',
      ko: '미니배치 x, 정규화한 x̂, y = γx̂ + β를 시그모이드, tanh, ReLU 위에 한 축으로 놓는다. x̂만으로는 거의 선형인 가운데에 머물고, γ와 β가 값을 밖으로 옮기며, γ = √(σ²_B + ε), β = μ_B이면 x 자체가 돌아온다.',
    },
  },
  {
    id: 'bn-backward',
    chapter: 'batch-normalization',
    section: 'in-a-network',
    title: { en: 'The backward pass through batch normalization', ko: '배치 정규화의 역전파' },
    summary: {
      en: 'A gradient from above carried back through the paper’s six lines to every x_i, with the numbers substituted and a numerical check beside; the gradients sum to 0, and the bias b moves x but changes nothing after the normalization.',
      ko: '위에서 내려온 기울기를 논문의 여섯 줄로 각 x_i까지 거꾸로 전하며 수를 넣어 보고, 옆에서 수치 미분으로 확인한다. 기울기의 합은 0이고, 편향 b는 x를 옮기지만 정규화 뒤에는 아무것도 바꾸지 않는다.',
    },
  },
  {
    id: 'bn-test-time',
    chapter: 'batch-normalization',
    section: 'test-time',
    title: { en: 'Training against test time', ko: '학습 단계와 테스트 단계' },
    summary: {
      en: 'A stream of mini-batches of one unit’s input: μ_B and σ²_B jump, the running averages follow them, beside the average of the batch statistics and the whole training set. A test input normalized with fixed statistics gives one output; normalized with random batch-mates it gives another every draw, and β in a batch of 1.',
      ko: '한 유닛의 입력이 미니배치로 차례로 들어온다. μ_B와 σ²_B는 튀고 이동 평균은 그 뒤를 따르며, 미니배치 통계의 평균과 학습 데이터 전체의 통계가 그 옆에 놓인다. 고정 통계로 정규화한 테스트 입력은 출력이 하나이지만, 무작위로 묶인 예시들과 정규화하면 뽑을 때마다 출력이 달라지고 배치 크기가 1이면 β가 된다.',
    },
  },
];
