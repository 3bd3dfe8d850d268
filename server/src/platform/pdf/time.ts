import type { Language } from '@vaksam/domain/common';

const STOCKHOLM = 'Europe/Stockholm';

/** `2026-11-22 14:05` in Swedish time, the format the product uses in both languages. */
export function formatStockholmDateTime(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('sv-SE', {
      timeZone: STOCKHOLM,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** Amounts in SEK with Swedish digit grouping in both languages: `12 000 kr` / `SEK 12 000`. */
export function formatSek(amount: number, lang: Language): string {
  const digits = Math.round(amount)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return lang === 'en' ? `SEK ${digits}` : `${digits} kr`;
}
