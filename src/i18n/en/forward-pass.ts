/** English UI strings of the forward-pass widget: the browser loads them as the widget starts (src/widgets/kit/strings.ts). */
export const strings = {
  // ——— Forward propagation widget (components/ForwardPass.astro, src/widgets/forward-pass/) ———
  forwardTitle: 'Forward propagation, one quantity at a time',
  forwardCaption: 'The chapter’s 2-2-1 sigmoid network. Each step computes one unit’s net input or its output; the highlighted unit and edges are the ones in use.',
  forwardInput: 'Input {name}',
  forwardDiagram: 'The 2-2-1 network: weights on the edges, each unit’s output under it once computed',
  forwardDiagramNote: 'Under each unit: its net input in italics while it is being summed, then its output.',
  forwardTable: 'Net input and output of each unit',
  forwardUnit: 'Unit',
  forwardNet: 'net',
  forwardOut: 'output',
  forwardFormula: 'The current step',
  forwardStart: 'Press Next (or →) to compute the first quantity, net({name}).',
  forwardDone: 'The forward pass is complete: the network outputs y = {y}.',
  forwardSummaryStart: 'Inputs x₁ = {x1}, x₂ = {x2}; nothing computed yet.',
  forwardSummaryNet: 'Step {step} of {total}: net({name}) = {value}.',
  forwardSummaryOut: 'Step {step} of {total}: {name} = sig({net}) = {value}.',
} as const;
