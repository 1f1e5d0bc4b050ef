/** English UI strings of the xor-line widget: the browser loads them as the widget starts (src/widgets/kit/strings.ts). */
export const strings = {
  // ——— XOR's inequalities, live (src/widgets/xor-line/, components/XorLine.astro) ———
  xlTitle: 'XOR’s four inequalities, live',
  xlCaption: 'One perceptron’s line over the input plane, with XOR’s targets at the corners (triangle 1, circle 0). Drag the line by its handles or set w₁, w₂ and b: each of the four inequalities holds or fails with your numbers, and the two sums of the proof show why all four never hold at once.',
  xlWeights: 'Weights and bias',
  xlPresets: 'Lines:',
  xlSearch: 'Try {n} random lines',
  xlDragHint: 'Drag a handle on the line, or Tab to one and move it with the arrow keys (Shift: further).',
  xlHandle: 'Line handle {n} at ({x}, {y})',
  xlHandleRole: 'draggable point',
  xlPlaneLabel: 'The input plane cut by the line {w1}·x₁ + {w2}·x₂ + {b} = 0, with XOR’s targets at the corners; {held} of the four inequalities hold',
  xlFormulaLabel: 'XOR’s four inequalities and the proof’s two sums with the current numbers',
  xlNeeds: 'inequality, your numbers',
  xlStatus: 'holds?',
  xlHolds: 'holds',
  xlFails: 'fails',
  xlProofOuter: 'S = w₁ + w₂ + 2b = {s} ≥ 0, so the first and last rows, whose sum is S and must be < 0, cannot both hold: here {first} or {second} fails. {held} of 4 hold.',
  xlProofMiddle: 'S = w₁ + w₂ + 2b = {s} < 0, so the middle rows, whose sum is S and must be ≥ 0, cannot both hold: here {first} or {second} fails. {held} of 4 hold.',
  xlTally: 'Of {n} random lines (w₁, w₂, b each between −5 and 5): all four hold for {n4}, three for {n3}, two for {n2}, one for {n1}, none for {n0}.',
  xlSummary: 'The line {w1}·x₁ + {w2}·x₂ + {b} = 0: {held} of XOR’s four inequalities hold.',
} as const;
