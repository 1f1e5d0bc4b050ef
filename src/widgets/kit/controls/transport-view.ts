/**
 * What the transport bar shows for a runner state — labels, which buttons work, the counters, the
 * stop message — as a pure function, so every state's rendering is unit-tested in Node
 * (tests/unit/widgets/controls/transport-view.test.ts) and transport.ts only copies it into the DOM.
 */
import type { Lang } from '../../../i18n';
import { divergenceMessages } from '../divergence';
import type { RunnerState } from '../runner';
import { fill, formatMessage, formatNumber, widgetString } from '../strings';

export interface TransportView {
  /** True while frames run: the toggle reads "Pause". */
  readonly playing: boolean;
  readonly playLabel: string;
  /** Play and Step do something (not stopped). */
  readonly canRun: boolean;
  /** Reduced motion: play would only step, so the bar offers Step alone. */
  readonly stepOnly: boolean;
  /** 'Step 37 · epoch 3' (the epoch only when asked for). */
  readonly counter: string;
  /** 'Loss 0.1234', or 'Loss —' before anything is known. */
  readonly loss: string;
  /** Why the run stopped, in a sentence or two; null while it can run (and for errors: the error box speaks). */
  readonly stopMessage: string | null;
}

export interface TransportViewOptions {
  readonly lang: Lang;
  /** The step-size symbol named in the divergence hint: 'η', 'α'. */
  readonly symbol: string;
  readonly showEpoch?: boolean;
  readonly formatLoss?: (loss: number) => string;
}

/** Loss as the bar prints it: four significant digits, exponent form when tiny or huge. */
export function formatLoss(loss: number): string {
  if (!Number.isFinite(loss)) return formatNumber(loss);
  const size = Math.abs(loss);
  if (size !== 0 && (size >= 1e5 || size < 1e-3)) return loss.toExponential(2);
  return String(Number(loss.toPrecision(4)));
}

export function transportView(state: RunnerState, options: TransportViewOptions): TransportView {
  const { lang } = options;
  const t = (key: Parameters<typeof widgetString>[0]) => widgetString(key, lang);
  const playing = state.status === 'playing';
  const epoch = options.showEpoch ? ` · ${fill(t('transportEpochCount'), { epoch: String(state.epoch) })}` : '';
  // Counters as strings, so formatNumber's exponent form never turns step 1000000 into 1.00e+6.
  const counter = fill(t('transportStepCount'), { step: String(state.step) }) + epoch;
  const loss = state.loss === null ? t('transportLossNone') : fill(t('transportLoss'), { loss: (options.formatLoss ?? formatLoss)(state.loss) });

  let stopMessage: string | null = null;
  const stop = state.stop;
  if (stop?.kind === 'diverged') {
    stopMessage = divergenceMessages(stop, options.symbol)
      .map((m) => formatMessage(m, lang))
      .join(' ');
  } else if (stop?.kind === 'done') {
    stopMessage = fill(t('stoppedDone'), { step: String(stop.step), loss: (options.formatLoss ?? formatLoss)(stop.loss) });
  }

  return {
    playing,
    playLabel: t(playing ? 'transportPause' : 'transportPlay'),
    canRun: state.status !== 'stopped',
    stepOnly: state.reducedMotion,
    counter,
    loss,
    stopMessage,
  };
}

/** The speed menu: the given speeds plus the runner's current one, ascending, without repeats. */
export function speedChoices(speeds: readonly number[], current: number): number[] {
  return [...new Set([...speeds, current])].filter((s) => Number.isFinite(s) && s > 0).sort((a, b) => a - b);
}

/** Steps per second offered by default: ×4 apart, from a slow watch to a fast-forward. */
export const DEFAULT_SPEEDS: readonly number[] = [1, 4, 16, 64, 256];
