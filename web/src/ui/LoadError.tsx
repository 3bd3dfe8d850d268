import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hasStatus } from '../api/errors';
import { errorMessage } from './errorMessage';

interface LoadErrorProps {
  error: unknown;
  onRetry?: () => void;
}

/** Shown in place of content that could not be loaded. */
export function LoadError({ error, onRetry }: LoadErrorProps) {
  const { t } = useTranslation();
  const title = hasStatus(error, 404)
    ? t('errors.notFoundTitle')
    : hasStatus(error, 403)
      ? t('errors.forbiddenTitle')
      : t('errors.loadFailedTitle');
  return (
    <Alert color="red" title={title} variant="light">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{errorMessage(error, t)}</Text>
        {onRetry && !hasStatus(error, 404) && !hasStatus(error, 403) ? (
          <Button variant="white" color="red" size="sm" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
