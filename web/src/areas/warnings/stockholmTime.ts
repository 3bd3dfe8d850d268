const TIME_ZONE = 'Europe/Stockholm';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function wallClock(instant: number): Record<string, string> {
  return Object.fromEntries(parts.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
}

/** Minutes Swedish time is ahead of UTC at an instant (60 in winter, 120 in summer). */
function offsetMinutes(instant: number): number {
  const c = wallClock(instant);
  const asUtc = Date.UTC(
    Number(c.year),
    Number(c.month) - 1,
    Number(c.day),
    Number(c.hour),
    Number(c.minute),
  );
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * An instant as a datetime-local value in Swedish time: warnings are about Swedish places, so an author
 * abroad must still see (and type) the times the recipients will read.
 */
export function toStockholmInput(iso: string): string {
  const c = wallClock(new Date(iso).getTime());
  return `${c.year}-${c.month}-${c.day}T${c.hour}:${c.minute}`;
}

/** A datetime-local value read as Swedish time, as ISO 8601; null when it is no date. */
export function fromStockholmInput(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as number[];
  const asUtc = Date.UTC(year as number, (month as number) - 1, day, hour, minute);
  if (Number.isNaN(asUtc)) return null;
  // The offset depends on the instant itself; a second pass settles the days summer time starts or ends.
  const first = asUtc - offsetMinutes(asUtc) * 60_000;
  return new Date(asUtc - offsetMinutes(first) * 60_000).toISOString();
}
