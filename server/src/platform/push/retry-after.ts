/** A push service may ask for more than a day only in theory; a message's TTL is never longer than that. */
const MAX_WAIT_MS = 24 * 3_600_000;

/**
 * RFC 9110 §10.2.3: `Retry-After` is either whole seconds or an HTTP date. Returns when to try again, or null
 * when the header is missing or unreadable (the caller then falls back to its own backoff).
 */
export function retryAfterTime(header: string | null | undefined, now = Date.now()): Date | null {
  const value = header?.trim();
  if (!value) return null;
  let waitMs: number;
  if (/^\d+$/.test(value)) {
    waitMs = Number(value) * 1000;
  } else {
    // An HTTP date names its weekday or month; Date.parse alone would also take "-5" for a year.
    if (!/[A-Za-z]{3}/.test(value)) return null;
    const at = Date.parse(value);
    if (Number.isNaN(at)) return null;
    waitMs = at - now;
  }
  return new Date(now + Math.min(Math.max(waitMs, 1000), MAX_WAIT_MS));
}
