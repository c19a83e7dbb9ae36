interface Window {
  current: number;
  ttl: number;
  startedAt: number;
}

type Callback = (error: Error | null, result: { current: number; ttl: number }) => void;

/** Addresses remembered at once; the oldest are forgotten first. */
const MAX_KEYS = 10_000;

/**
 * A rate-limit store for @fastify/rate-limit whose every route shares one count per address:
 * the Polish and the English sign-in forms are one door, so changing language does not buy
 * more attempts (the plugin's own store keeps a separate count for each route).
 */
export class SharedAttemptStore {
  private readonly windows = new Map<string, Window>();

  incr(key: string, callback: Callback, timeWindow: number): void {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || window.startedAt + timeWindow <= now) {
      window = { current: 0, ttl: timeWindow, startedAt: now };
    }
    window.current += 1;
    window.ttl = timeWindow - (now - window.startedAt);
    this.windows.delete(key);
    this.windows.set(key, window);
    if (this.windows.size > MAX_KEYS) this.windows.delete(this.windows.keys().next().value as string);
    callback(null, { current: window.current, ttl: window.ttl });
  }

  read(key: string, callback: Callback, timeWindow: number): void {
    const window = this.windows.get(key);
    const now = Date.now();
    if (!window || window.startedAt + timeWindow <= now) callback(null, { current: 0, ttl: 0 });
    else callback(null, { current: window.current, ttl: timeWindow - (now - window.startedAt) });
  }

  /** Every route gets the same store, hence the same counts. */
  child(): SharedAttemptStore {
    return this;
  }
}
