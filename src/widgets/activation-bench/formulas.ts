/**
 * Each function's two live formulas (components/ActivationBench.astro typesets them at build time;
 * the widget fills in the numbers): the deck's definition with the input substituted, then its
 * derivative. Names: x the input, f = f(x), df = f′(x), w the sigmoid's steepness, slope Leaky ReLU's
 * slope for x < 0 (the deck's 0.01). Values come from model.ts formulaValues.
 *
 * A formula wider than about 20 em is broken into left-aligned lines (`& … \\ & = …`): in projector
 * full screen the formulas are set at 34 px (their exponents must reach 24 px) in a column of about
 * 720 px.
 */
import type { BenchFunction } from './state';

/** Left-aligned lines. */
const lines = (...rows: string[]) => String.raw`\begin{aligned} ${rows.map((row) => `& ${row}`).join(String.raw` \\ `)} \end{aligned}`;

export const BENCH_FORMULAS: Readonly<Record<BenchFunction, readonly [string, string]>> = {
  step: [
    String.raw`\text{step}(\live[2]{x}) = \begin{cases} 1 & \live[2]{x} \geq 0 \\ 0 & \text{otherwise} \end{cases} = \live[0]{f}`,
    String.raw`\text{step}'(\live[2]{x}) = \live[0]{df}`,
  ],
  sigmoid: [
    lines(String.raw`\text{sigmoid}(wx) = \frac{1}{1+e^{-wx}}`, String.raw`= \frac{1}{1+e^{-\live[2]{w} \cdot \live[2p]{x}}} = \live[4]{f}`),
    lines(String.raw`\tfrac{d}{dx}\text{sigmoid}(wx) = w\,\text{sigmoid}'(wx)`, String.raw`= \live[2]{w} \cdot \live[4]{f}\,(1 - \live[4]{f}) = \live[4]{df}`),
  ],
  tanh: [
    lines(String.raw`\tanh(x) = \frac{e^{2x}-1}{e^{2x}+1}`, String.raw`= \frac{e^{2 \cdot \live[2p]{x}}-1}{e^{2 \cdot \live[2p]{x}}+1} = \live[4]{f}`),
    lines(String.raw`\tanh'(x) = 1 - \tanh^2(x)`, String.raw`= 1 - \live[4p]{f}^2 = \live[4]{df}`),
  ],
  relu: [
    String.raw`\text{ReLU}(\live[2]{x}) = \begin{cases} \live[2]{x} & \live[2]{x} \geq 0 \\ 0 & \text{otherwise} \end{cases} = \live[2]{f}`,
    String.raw`\text{ReLU}'(\live[2]{x}) = \begin{cases} 1 & \live[2]{x} \geq 0 \\ 0 & \text{otherwise} \end{cases} = \live[0]{df}`,
  ],
  'leaky-relu': [
    lines(String.raw`\text{Leaky ReLU}(\live[2]{x})`, String.raw`= \begin{cases} \live[2]{x}, & \live[2]{x} \geq 0 \\ \live[3]{slope} \cdot \live[2p]{x}, & \text{otherwise} \end{cases} = \live[4]{f}`),
    lines(String.raw`\text{Leaky ReLU}'(\live[2]{x})`, String.raw`= \begin{cases} 1, & \live[2]{x} \geq 0 \\ \live[3]{slope}, & \text{otherwise} \end{cases} = \live[3]{df}`),
  ],
  softmax2: [
    lines(String.raw`z = (\live[2]{x}, 0){:}\ \ \sigma_1 = \frac{e^{z_1}}{e^{z_1} + e^{z_2}}`, String.raw`= \frac{e^{\live[2p]{x}}}{e^{\live[2p]{x}} + e^{0}} = \live[4]{f}`),
    lines(String.raw`\frac{\partial \sigma_1}{\partial z_1} = \sigma_1(1 - \sigma_1)`, String.raw`= \live[4]{f}\,(1 - \live[4]{f}) = \live[4]{df}`),
  ],
  linear: [String.raw`f(\live[2]{x}) = \live[2]{x} = \live[2]{f}`, String.raw`f'(\live[2]{x}) = \live[0]{df}`],
};
