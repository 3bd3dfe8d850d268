const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string | null): value is string => value !== null && MONTH.test(value);

/** The month now in Swedish time, as YYYY-MM: the top list counts reports by Swedish months. */
export function currentMonth(now = new Date()): string {
  return now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' }).slice(0, 7);
}

/** The month `delta` months before or after `month` (YYYY-MM). */
export function shiftMonth(month: string, delta: number): string {
  const [, year, number] = MONTH.exec(month) ?? [];
  const index = Number(year) * 12 + Number(number) - 1 + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** "november 2026" in Swedish, "November 2026" in English. */
export function formatMonth(month: string, language: 'sv' | 'en'): string {
  const [, year, number] = MONTH.exec(month) ?? [];
  // Mid-month at noon UTC is the same month in every time zone.
  const date = new Date(Date.UTC(Number(year), Number(number) - 1, 15, 12));
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
