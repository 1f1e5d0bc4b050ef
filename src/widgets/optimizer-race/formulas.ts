/**
 * The race's formula panel (typeset at build time by components/OptimizerRace.astro): the deck's eight
 * updates as the core computes them (src/core/optimizers/), g = ∇θJ(θ), elementwise, ε where the deck
 * puts it. No live numbers: the race's numbers are in its leaderboard and charts.
 */
export const RACE_UPDATES_TEX = String.raw`\begin{aligned}
\text{GD, SGD}&: & \theta &\leftarrow \theta - \eta\,\nabla_\theta J(\theta) \\
\text{Momentum}&: & v_t &= \gamma v_{t-1} + \eta\,\nabla_\theta J(\theta), \quad \theta \leftarrow \theta - v_t \\
\text{NAG}&: & v_t &= \gamma v_{t-1} + \eta\,\nabla_\theta J(\theta - \gamma v_{t-1}), \quad \theta \leftarrow \theta - v_t \\
\text{Adagrad}&: & G_t &= G_{t-1} + g_t^2, \quad \theta \leftarrow \theta - \frac{\eta}{\sqrt{G_t + \epsilon}}\, g_t \\
\text{RMSProp}&: & G &= \gamma G + (1-\gamma)\, g^2, \quad \theta \leftarrow \theta - \frac{\eta}{\sqrt{G + \epsilon}}\, g \\
\text{AdaDelta}&: & G &= \gamma G + (1-\gamma)\, g^2, \quad \Delta\theta = \frac{\sqrt{s + \epsilon}}{\sqrt{G + \epsilon}}\, g, \quad \theta \leftarrow \theta - \Delta\theta, \quad s = \gamma s + (1-\gamma)\,\Delta\theta^2 \\
\text{Adam}&: & m_t &= \beta_1 m_{t-1} + (1-\beta_1)\, g, \quad v_t = \beta_2 v_{t-1} + (1-\beta_2)\, g^2, \quad \theta \leftarrow \theta - \frac{\eta}{\sqrt{\hat v_t} + \epsilon}\, \hat m_t, \quad \hat m_t = \frac{m_t}{1-\beta_1^t},\ \hat v_t = \frac{v_t}{1-\beta_2^t}
\end{aligned}`;
