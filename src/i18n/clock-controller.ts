import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * One timer for the whole page, ticking at the turn of every minute while any element listens:
 * "5 phút trước" written an hour ago must not stay on screen. It stops when the last listener
 * goes, so a page without relative dates (or a removed element) keeps no timer.
 */
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | undefined;

const MINUTE = 60_000;

function schedule(): void {
  // At the next turn of the minute, not a minute from now: every element changes together.
  timer = setTimeout(() => {
    for (const listener of listeners) listener();
    schedule();
  }, MINUTE - (Date.now() % MINUTE));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) schedule();
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0 || timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
  };
}

/**
 * Re-renders its host at every turn of the minute while `active()` says the host shows relative
 * dates (checked after each update: a host without them keeps no timer). `minute` changes with
 * each tick: include it in anything the host caches per date.
 */
export class ClockController implements ReactiveController {
  /** The current minute since the epoch; changes when the host should rewrite its dates. */
  minute = Math.floor(Date.now() / MINUTE);
  private unsubscribe?: () => void;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly active: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.sync();
  }

  private sync(): void {
    const listen = this.connected && !isServer && this.active();
    if (listen && !this.unsubscribe) {
      this.unsubscribe = subscribe(() => {
        this.minute = Math.floor(Date.now() / MINUTE);
        this.host.requestUpdate();
      });
    } else if (!listen && this.unsubscribe) {
      this.unsubscribe();
      this.unsubscribe = undefined;
    }
  }
}
