const TIME_ZONE = 'Europe/Stockholm';

const dateFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, dateStyle: 'short' });
const dateTimeFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  dateStyle: 'short',
  timeStyle: 'short',
});

/** 2025-11-22, in Swedish time. */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** 2025-11-22 14:05, in Swedish time. */
export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}
