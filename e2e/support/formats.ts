/** `2026-11-22 14:05` in Swedish time: how the PDFs write a moment. */
export function stockholmMinute(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** A K-nummer of this year (`K123456-26`): one from a future year is read as a century ago and refused. */
export function kNumberThisYear(serial: string): string {
  return `K${serial}-${String(new Date().getFullYear()).slice(-2)}`;
}
