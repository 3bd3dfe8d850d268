import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function NoAccess() {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" title={t('errors.forbiddenTitle')}>
      {t('settings.noAccess')}
    </Alert>
  );
}
