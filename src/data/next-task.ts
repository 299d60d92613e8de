/**
 * Resolves in a new task of the event loop, after what the page already has queued (its timers,
 * messages, input) and any frame that is due.
 *
 * Not `scheduler.yield()`: Chromium runs its continuations ahead of every other task of the page,
 * so a chain of them holds back the page's timers and messages until its last step (measured: a
 * `setTimeout(0)` set before a 60-step chain ran only after all of it). A posted message is an
 * ordinary task that takes its turn, and unlike `setTimeout` it is never clamped to 4 ms.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** How long to wait for a frame before going on without one: a hidden page paints none. */
const FRAME_WAIT_MS = 100;

/**
 * Resolves in a new task after the next frame has been rendered, so that whatever the caller
 * added to the page before has been laid out and painted on its own; after 100 ms without a
 * frame (a hidden page paints none) in a new task all the same.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    // Whichever comes first; both run later, when `frame` and `timer` are set.
    const go = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      void nextTask().then(resolve);
    };
    const frame = requestAnimationFrame(go);
    const timer = setTimeout(go, FRAME_WAIT_MS);
  });
}
