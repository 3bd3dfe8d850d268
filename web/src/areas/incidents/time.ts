const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the value of a datetime-local input, in the device's time zone. */
export function toLocalInput(iso: string | Date): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function localNow(): string {
  return toLocalInput(new Date());
}

/** A datetime-local value (device time) as ISO 8601 with offset. */
export function fromLocalInput(value: string): string {
  return new Date(value).toISOString();
}

/** A date input value (yyyy-mm-dd) as the start or end of that day in the device's time zone. */
export function dayBoundary(value: string, end: boolean): string {
  const d = new Date(`${value}T00:00`);
  if (end) d.setDate(d.getDate() + 1);
  return d.toISOString();
}
