import type { TFunction } from 'i18next';
import { PASSWORD_MIN } from './passwordRules';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Quick checks before a request is sent; the server still validates everything. */
export function validators(t: TFunction) {
  return {
    required: (value: string) => (value.trim() ? null : t('validation.required')),
    email: (value: string) => {
      if (!value.trim()) return t('validation.emailRequired');
      return EMAIL_PATTERN.test(value.trim()) ? null : t('validation.email');
    },
    newPassword: (value: string) =>
      value.length >= PASSWORD_MIN ? null : t('validation.passwordLength', { min: PASSWORD_MIN }),
    password: (value: string) => (value ? null : t('validation.passwordRequired')),
    sixDigits: (value: string) => (/^\d{6}$/.test(value.trim()) ? null : t('validation.sixDigits')),
  };
}
