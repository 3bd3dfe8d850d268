import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The form-level error from the server; rendered as an alert so screen readers announce it. */
export function FormError({ message }: { message: string | null }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <Alert color="red" variant="light" title={t('errors.formTitle')}>
      {message}
    </Alert>
  );
}
