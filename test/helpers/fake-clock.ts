/**
 * A clock the test moves by hand: `Date.now()` reads it, and timers of a second or more wait for
 * `advance()` instead of real time (shorter ones, which test tooling uses, still run for real).
 * For what happens "a minute later" without waiting a minute.
 */
export interface FakeClock {
  /** Moves the clock on and runs every long timer that falls due, in order. */
  advance(ms: number): void;
  /** How many long timers are waiting. */
  readonly pending: number;
  restore(): void;
}

const LONG_TIMER_MS = 1000;

export function fakeClock(start: number): FakeClock {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { callback: () => void; at: number }>();
  const real = { now: Date.now, setTimeout: window.setTimeout, clearTimeout: window.clearTimeout };

  Date.now = () => now;
  window.setTimeout = ((callback: () => void, delay = 0, ...args: unknown[]) => {
    if (delay < LONG_TIMER_MS) return real.setTimeout(callback, delay, ...args);
    const id = -nextId++;
    timers.set(id, { callback, at: now + delay });
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined && timers.delete(id)) return;
    real.clearTimeout(id);
  }) as typeof window.clearTimeout;

  return {
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = end;
    },
    get pending() {
      return timers.size;
    },
    restore() {
      Object.assign(Date, { now: real.now });
      Object.assign(window, { setTimeout: real.setTimeout, clearTimeout: real.clearTimeout });
    },
  };
}
