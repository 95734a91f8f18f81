/**
 * One pending timer that runs a flush. Asking for a later run while an earlier one is due keeps
 * the earlier one. The timer is unref'd: a background flush never keeps the process alive.
 */
export class FlushTimer {
  readonly #run: () => void;
  #timer: NodeJS.Timeout | undefined;
  #due = 0;

  constructor(run: () => void) {
    this.#run = run;
  }

  /** Runs the flush after `delayMs`, unless a run is already due sooner. */
  schedule(delayMs: number): void {
    const due = Date.now() + delayMs;
    if (this.#timer !== undefined && this.#due <= due) return;
    this.clear();
    this.#due = due;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#run();
    }, delayMs);
    this.#timer.unref();
  }

  clear(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** When the pending run is due (epoch ms), or null when none is pending. */
  due(): number | null {
    return this.#timer === undefined ? null : this.#due;
  }
}
