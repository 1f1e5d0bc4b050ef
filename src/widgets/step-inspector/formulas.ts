/**
 * The live formulas of each method (typeset at build time by components/StepInspector.astro, numbers
 * filled in by the element): the deck's update lines for step t, each with the numbers of both
 * coordinates substituted — names from model.ts formulaValues. Vectors are written (θ₁, θ₂); squares,
 * roots, products and quotients act per coordinate, as in the deck.
 */
import type { InspectedMethod } from './state';

const pair = (a: string, b: string, digits = '') => String.raw`(\live${digits}{${a}},\; \live${digits}{${b}})`;
const gSq = String.raw`(\live[4p]{g1}^{2},\; \live[4p]{g2}^{2})`;

export const INSPECTOR_TEX: Readonly<Record<InspectedMethod, string>> = {
  nag: String.raw`\begin{aligned}
\theta_{t-1} - \gamma v_{t-1} &= ${pair('p1', 'p2')} - \live{gamma}\,${pair('vp1', 'vp2')} = ${pair('a1', 'a2')} \\
\nabla_{\theta} J(\theta_{t-1} - \gamma v_{t-1}) &= ${pair('g1', 'g2')} \\
v_t = \gamma v_{t-1} + \eta \nabla_{\theta} J(\theta_{t-1} - \gamma v_{t-1}) &= ${pair('v1', 'v2')} \\
\theta_t = \theta_{t-1} - v_t &= ${pair('n1', 'n2')}
\end{aligned}`,
  adagrad: String.raw`\begin{aligned}
g_t = \nabla_{\theta} J(\theta_{t-1}) &= ${pair('g1', 'g2')} \\
G_t = G_{t-1} + g_t^2 &= ${pair('Gp1', 'Gp2')} + ${gSq} = ${pair('G1', 'G2')} \\
\frac{\eta}{\sqrt{G_t + \epsilon}} &= ${pair('r1', 'r2')} \\
\theta_t = \theta_{t-1} - \frac{\eta}{\sqrt{G_t + \epsilon}}\, g_t &= ${pair('n1', 'n2')}
\end{aligned}`,
  rmsprop: String.raw`\begin{aligned}
g_t = \nabla_{\theta} J(\theta_{t-1}) &= ${pair('g1', 'g2')} \\
G = \gamma G + (1 - \gamma)\, g_t^2 &= \live{gamma}\,${pair('Gp1', 'Gp2')} + (1 - \live{gamma})\,${gSq} = ${pair('G1', 'G2')} \\
\frac{\eta}{\sqrt{G + \epsilon}} &= ${pair('r1', 'r2')} \\
\theta_t = \theta_{t-1} - \frac{\eta}{\sqrt{G + \epsilon}}\, g_t &= ${pair('n1', 'n2')}
\end{aligned}`,
  adadelta: String.raw`\begin{aligned}
g_t = \nabla_{\theta} J(\theta_{t-1}) &= ${pair('g1', 'g2')} \\
G = \gamma G + (1 - \gamma)\, g_t^2 &= ${pair('G1', 'G2')} \\
\frac{\sqrt{s + \epsilon}}{\sqrt{G + \epsilon}} &= \frac{\sqrt{${pair('sp1', 'sp2')} + \epsilon}}{\sqrt{G + \epsilon}} = ${pair('r1', 'r2')} \\
\Delta_{\theta} = \frac{\sqrt{s + \epsilon}}{\sqrt{G + \epsilon}}\, g_t &= ${pair('d1', 'd2')} \\
\theta_t = \theta_{t-1} - \Delta_{\theta} &= ${pair('n1', 'n2')} \\
s = \gamma s + (1 - \gamma)\, \Delta_{\theta}^2 &= ${pair('s1', 's2')}
\end{aligned}`,
  adam: String.raw`\begin{aligned}
m_t = \beta_1 m_{t-1} + (1 - \beta_1) \nabla_{\theta} J(\theta) &= ${pair('m1', 'm2')} \\
v_t = \beta_2 v_{t-1} + (1 - \beta_2) (\nabla_{\theta} J(\theta))^2 &= ${pair('v1', 'v2')} \\
\hat{m}_t = \frac{m_t}{1 - \beta_1^t} = \frac{m_t}{\live{c1}} &= ${pair('mh1', 'mh2')} \\
\hat{v}_t = \frac{v_t}{1 - \beta_2^t} = \frac{v_t}{\live{c2}} &= ${pair('vh1', 'vh2')} \\
\frac{\eta}{\sqrt{\hat{v}_t} + \epsilon} &= ${pair('r1', 'r2')} \\
\theta = \theta - \frac{\eta}{\sqrt{\hat{v}_t} + \epsilon}\, \hat{m}_t &= ${pair('n1', 'n2')}
\end{aligned}`,
};

const rate = {
  sum: String.raw`\eta/\sqrt{G_t + \epsilon}`,
  average: String.raw`\eta/\sqrt{G + \epsilon}`,
  delta: String.raw`\sqrt{s + \epsilon}/\sqrt{G + \epsilon}`,
  adam: String.raw`\eta/(\sqrt{\hat{v}_t} + \epsilon)`,
};

/**
 * Full screen: the same quantities of step t, one to a line, without the update rules that give them,
 * so the plot keeps the rest of the screen (the page shows the deck's formulas in full).
 */
export const INSPECTOR_SHORT_TEX: Readonly<Record<InspectedMethod, string>> = {
  nag: String.raw`\begin{aligned}
\theta_{t-1} - \gamma v_{t-1} &= ${pair('a1', 'a2')} \\
\nabla_{\theta} J &= ${pair('g1', 'g2')} \\
v_t &= ${pair('v1', 'v2')} \\
\theta_t &= ${pair('n1', 'n2')}
\end{aligned}`,
  adagrad: String.raw`\begin{aligned}
g_t &= ${pair('g1', 'g2')} \\
G_t &= ${pair('G1', 'G2')} \\
${rate.sum} &= ${pair('r1', 'r2')} \\
\theta_t &= ${pair('n1', 'n2')}
\end{aligned}`,
  rmsprop: String.raw`\begin{aligned}
g_t &= ${pair('g1', 'g2')} \\
G &= ${pair('G1', 'G2')} \\
${rate.average} &= ${pair('r1', 'r2')} \\
\theta_t &= ${pair('n1', 'n2')}
\end{aligned}`,
  adadelta: String.raw`\begin{aligned}
g_t &= ${pair('g1', 'g2')} \\
G &= ${pair('G1', 'G2')} \\
${rate.delta} &= ${pair('r1', 'r2')} \\
\Delta_{\theta} &= ${pair('d1', 'd2')} \\
\theta_t &= ${pair('n1', 'n2')} \\
s &= ${pair('s1', 's2')}
\end{aligned}`,
  adam: String.raw`\begin{aligned}
m_t &= ${pair('m1', 'm2')} \\
v_t &= ${pair('v1', 'v2')} \\
\hat{m}_t &= ${pair('mh1', 'mh2')} \\
\hat{v}_t &= ${pair('vh1', 'vh2')} \\
${rate.adam} &= ${pair('r1', 'r2')} \\
\theta_t &= ${pair('n1', 'n2')}
\end{aligned}`,
};
