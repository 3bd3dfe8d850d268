import type { TFunction } from 'i18next';
import { formatDateTime } from '../../ui/dates';

/** "Gäller 2026-03-01 10:00 – 2026-03-08 10:00", or from a time until further notice. */
export function validityText(
  t: TFunction,
  warning: { validFrom: string; validUntil: string | null },
): string {
  const from = formatDateTime(warning.validFrom);
  return warning.validUntil
    ? t('warnings.validBetween', { from, until: formatDateTime(warning.validUntil) })
    : t('warnings.validFromOn', { from });
}
