// A per-client rate limit: a token bucket per address, refilled continuously.

/** Buckets idle long enough to be full again are dropped once there are this many. */
const SWEEP_THRESHOLD = 10_000;

/**
 * Allows `perMinute` actions per key (a client address) in any minute, in bursts of up to
 * `perMinute`; `0` turns the limit off.
 * @param {number} perMinute
 * @param {{ now?: () => number }} [options] `now` for tests.
 */
export function createRateLimit(perMinute, { now = Date.now } = {}) {
  /** @type {Map<string, { tokens: number, at: number }>} */
  const buckets = new Map();
  const perMs = perMinute / 60_000;

  function sweep(time) {
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (time - bucket.at) * perMs >= perMinute) buckets.delete(key);
    }
  }

  return {
    /**
     * Takes one token for `key`. Returns 0 when allowed, else the whole seconds to wait.
     * @param {string} key
     * @returns {number}
     */
    take(key) {
      if (perMinute <= 0) return 0;
      const time = now();
      if (buckets.size >= SWEEP_THRESHOLD) sweep(time);
      const bucket = buckets.get(key) ?? { tokens: perMinute, at: time };
      bucket.tokens = Math.min(perMinute, bucket.tokens + (time - bucket.at) * perMs);
      bucket.at = time;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
    },
  };
}
