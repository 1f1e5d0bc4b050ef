/**
 * The backpropagation chapter's chains and the window they are explored in.
 *
 * - The chain x → h = sig(w₁x) → y = sig(w₂h), E = ½(y − y′)², with the chapter's worked example
 *   x = 1, w₁ = 0.5, w₂ = −0.3, y′ = 1, η = 0.5.
 * - The same chain one unit longer (x → h₁ → h₂ → y), the chapter's note on δ₂: w₃ = 0.8.
 * - Inputs x in [−2, 2] and weights in [−4, 4]: the square of the (w₁, w₂) plane that is plotted.
 */
export const CHAIN_X_RANGE: readonly [number, number] = [-2, 2];
export const CHAIN_W_RANGE: readonly [number, number] = [-4, 4];

export const CHAIN_EXAMPLE = { x: 1, w1: 0.5, w2: -0.3, yt: 1, eta: 0.5 } as const;
export const DEEPER_CHAIN_EXAMPLE = { x: 1, w1: 0.5, w2: -0.3, w3: 0.8, yt: 1 } as const;
