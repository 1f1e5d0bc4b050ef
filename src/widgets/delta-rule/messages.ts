/**
 * The sentence that ends a delta-rule run (session.ts's verdict), in the reader's language: how the
 * rule converged and where, or why it cannot (no single line separates the classes) with the epoch
 * whose start the weights returned to.
 */
import type { Dictionary } from '../../i18n';
import type { Perceptron } from '../../core/perceptron';
import type { PerceptronStop } from '../../core/perceptron-training';
import { fill } from '../kit/strings';
import { formatValue } from './numbers';

export function verdictText(verdict: PerceptronStop, p: Perceptron, gate: string, t: Dictionary): string {
  switch (verdict.kind) {
    case 'converged':
      return fill(t.deltaRuleConverged, {
        epoch: String(verdict.epoch),
        learning: String(verdict.epoch - 1),
        w1: formatValue(p.weights[0]),
        w2: formatValue(p.weights[1]),
        b: formatValue(p.bias),
      });
    case 'cycle': {
      const last = verdict.repeatEpoch - 1;
      const template = last === verdict.firstEpoch ? t.deltaRuleCycleOne : t.deltaRuleCycleMany;
      return fill(template, { gate, first: String(verdict.firstEpoch), repeat: String(verdict.repeatEpoch), last: String(last) });
    }
    case 'epoch-cap':
      return fill(t.deltaRuleCap, { gate, epochs: String(verdict.epochs) });
  }
}
