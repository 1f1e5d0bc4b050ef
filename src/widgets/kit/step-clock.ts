/**
 * The clock of a step-through widget's Play: one step every 1000/speed ms until the last step, then it
 * stops by itself. Not the training runner — nothing is trained and there is no loss — just a
 * metronome that pauses while the widget is off-screen and resumes where it was. DOM-free: the timer
 * is injected (tests/unit/widgets/kit/step-clock.test.ts).
 */
export interface Timer {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface StepClock {
  readonly playing: boolean;
  /** Starts ticking (no-op when already playing). */
  play(): void;
  pause(): void;
  /** Off-screen: ticks stop but the intent to play is kept. */
  setVisible(visible: boolean): void;
  dispose(): void;
}

export interface StepClockOptions {
  readonly timer: Timer;
  /** Steps per second. */
  readonly speed: () => number;
  /** Takes one step; returns false when there is no next step (the clock then stops). */
  readonly tick: () => boolean;
  /** Called whenever `playing` changes. */
  readonly onChange: (playing: boolean) => void;
}

export function createStepClock(options: StepClockOptions): StepClock {
  let playing = false;
  let visible = true;
  let handle: unknown = null;

  const clear = () => {
    if (handle !== null) options.timer.clear(handle);
    handle = null;
  };
  const schedule = () => {
    clear();
    if (!playing || !visible) return;
    handle = options.timer.set(() => {
      handle = null;
      if (options.tick()) schedule();
      else setPlaying(false);
    }, 1000 / options.speed());
  };
  const setPlaying = (next: boolean) => {
    if (playing === next) return;
    playing = next;
    schedule();
    options.onChange(playing);
  };

  return {
    get playing() {
      return playing;
    },
    play: () => setPlaying(true),
    pause: () => setPlaying(false),
    setVisible(next) {
      visible = next;
      schedule();
    },
    dispose() {
      playing = false;
      clear();
    },
  };
}
