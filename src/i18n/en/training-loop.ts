/** English UI strings of the training-loop widget: the browser loads them as the widget starts (src/widgets/kit/strings.ts). */
export const strings = {
  // ——— Training loop widget (components/TrainingLoop.astro, src/widgets/training-loop/) ———
  loopTitle: 'The training loop on XOR',
  loopCaption: 'A sigmoid network initialised from the seed, then forward → backward → update on all four XOR points (full-batch gradient descent), repeated until the loss is within the tolerance.',
  loopArch: 'Network',
  loopEta: 'η (learning rate)',
  loopTolerance: 'Tolerance',
  loopToleranceHint: 'on E = mean over the 4 points of ½(y − y′)²',
  loopLogScale: 'Log scale',
  loopStuckPreset: 'Try a seed that gets stuck',
  loopMap: 'Network output over the input plane: blue near 0, orange near 1, the line where it is 0.5',
  loopPoints: 'The four XOR points: (0,0) and (1,1) have target 0, (0,1) and (1,0) target 1',
  loopClass0: 'target 0',
  loopClass1: 'target 1',
  loopChart: 'Loss per epoch',
  loopLossSeries: 'loss E',
  loopEpoch: 'epoch',
  loopLoss: 'loss',
  loopReached: 'Reached the tolerance at epoch {epoch}: the loss E = {loss} ≤ {tol}.',
  loopCap: 'Stopped at the cap of {epochs} epochs without reaching the tolerance (the loss is {loss}).',
  loopStuck: 'This run looks stuck (paused at epoch {epoch}). For 500 epochs the loss has hardly moved ({before} → {loss}), above the tolerance. Some points are already learned, but {a} and {b} — one with target 0, one with target 1 — get almost the same output, {y}: the hidden units have put them in the same region of the plane, so the output unit can only give them the average of their targets. That is not a local minimum (the 2-2-1 XOR network has none) but a plateau beside a saddle: the loss keeps creeping down towards a floor that only infinitely large weights reach, and the way off the plateau is so flat that gradient descent practically never finds it. Try another seed, or more hidden units (2-3-1, 2-4-1). Play goes on training if you want to watch.',
  loopSummary: 'Epoch {epoch}, loss {loss}.',
} as const;
