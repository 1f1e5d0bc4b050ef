/**
 * The chapter's derivation of ∂E/∂w₁ (backpropagation, #hidden-weight), line by line in its own form
 * and symbols, each with the current numbers substituted (\live placeholders, model.ts), then the
 * three-factor reading, the shared group, the finite-difference check and the update. Typeset at
 * build time by components/HiddenWeight.astro; DOM-free.
 */
const dEw1 = String.raw`\frac{\partial E}{\partial w_1}`;
const errSy = String.raw`\live[4p]{err} \cdot \live[4]{sy}`;

/** The ten lines, grouped as the full-screen tabs show them: the outer sigmoid, the inner one, the result. */
export const DERIVATION: readonly (readonly string[])[] = [
  [
    String.raw`${dEw1} = (y - y') \frac{\partial y}{\partial w_1} = \live[4p]{err} \cdot \live[4p]{dyw1}`,
    String.raw`y = \text{sig}(w_2 h) = \text{sig}(\live[4p]{w2} \cdot \live[4]{h}) = \live[4]{y}`,
    String.raw`= (y - y') \frac{\partial}{\partial w_1} \text{sig}(w_2 h) = \live[4p]{err} \cdot \live[4p]{dyw1}`,
    String.raw`\text{sig}(w_2 h)' = \text{sig}(w_2 h)(1 - \text{sig}(w_2 h)) = y(1 - y) = \live[4]{y}(1 - \live[4]{y}) = \live[4]{sy}`,
    String.raw`= (y - y') y(1 - y) \frac{\partial w_2 h}{\partial w_1} = ${errSy} \cdot \live[4p]{dw2h}`,
  ],
  [
    String.raw`= (y - y') y(1 - y) w_2 \frac{\partial h}{\partial w_1} = ${errSy} \cdot \live[4p]{w2} \cdot \live[4p]{dhw}`,
    String.raw`h = \text{sig}(w_1 x) = \text{sig}(\live[4p]{w1} \cdot \live[4p]{x}) = \live[4]{h}`,
    String.raw`= (y - y') y(1 - y) w_2 \frac{\partial}{\partial w_1} \text{sig}(w_1 x) = ${errSy} \cdot \live[4p]{w2} \cdot \live[4p]{dhw}`,
    String.raw`\text{sig}(w_1 x)' = h(1 - h) = \live[4]{h}(1 - \live[4]{h}) = \live[4]{sh}, \quad \frac{\partial (w_1 x)}{\partial w_1} = x = \live[4p]{x}`,
    String.raw`= (y - y') y(1 - y) w_2 h(1 - h) x = ${errSy} \cdot \live[4p]{w2} \cdot \live[4]{sh} \cdot \live[4p]{x} = \live[6]{g1}`,
  ],
];

/** The result read as the chain rule's three factors, ∂E/∂y · ∂y/∂h · ∂h/∂w₁. */
export const THREE_FACTORS = String.raw`${dEw1} = \frac{\partial E}{\partial y} \cdot \frac{\partial y}{\partial h} \cdot \frac{\partial h}{\partial w_1} = \live[4p]{err} \cdot \live[4p]{dyh} \cdot \live[4p]{dhw} = \live[6]{g1}`;

/** Both gradients with the group they share, (y − y′)·y(1 − y), marked. */
export const SHARED = [
  String.raw`\frac{\partial E}{\partial w_2} = \underbrace{(y - y') y(1 - y)}_{\live[4p]{shared}} h = \live[6]{g2}`,
  String.raw`${dEw1} = \underbrace{(y - y') y(1 - y)}_{\live[4p]{shared}} w_2 h(1 - h) x = \live[6]{g1}`,
];

/** The central difference of E in w₁ (ε = 10⁻⁵, model.ts EPSILON), then the product of the factors. */
export const CHECK = [
  String.raw`\frac{E(w_1 + \varepsilon) - E(w_1 - \varepsilon)}{2\varepsilon} = \frac{\live[10]{plus} - \live[10]{minus}}{2 \cdot 10^{-5}} = \live[8]{fd}`,
  String.raw`(y - y') y(1 - y) w_2 h(1 - h) x = \live[8]{g1}`,
];

/** The seminar's update for w₁ (the chapter corrects the slide's left-hand side to w₁). */
export const UPDATE = String.raw`w_1 = w_1 - \eta * ${dEw1} = \live[4p]{w1} - \live[3]{eta} \cdot \live[6p]{g1} = \live[4]{nw1}`;
