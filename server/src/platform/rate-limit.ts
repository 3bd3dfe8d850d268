import { HttpError } from './errors';

type Window = { count: number; resetAt: number };

/**
 * Fixed-window counters in this process. Login, reset and verification limit by IP *and* by e-mail
 * in one request, which @fastify/rate-limit (one key per route) cannot express.
 */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  private lastSweep = Date.now();

  /** Counts one attempt against every rule; throws 429 with Retry-After seconds when any is exhausted. */
  consume(rules: { key: string; max: number; windowMs: number }[]): void {
    const now = Date.now();
    this.sweep(now);
    let retryAfterMs = 0;
    for (const rule of rules) {
      let window = this.windows.get(rule.key);
      if (!window || window.resetAt <= now) {
        window = { count: 0, resetAt: now + rule.windowMs };
        this.windows.set(rule.key, window);
      }
      window.count += 1;
      if (window.count > rule.max) retryAfterMs = Math.max(retryAfterMs, window.resetAt - now);
    }
    if (retryAfterMs > 0) throw new RateLimitedError(Math.ceil(retryAfterMs / 1000));
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}

export class RateLimitedError extends HttpError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'rate_limited', 'För många försök. Vänta en stund och försök igen.');
  }
}
