import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Page } from '../ui/Page';
import { ButtonLink } from '../ui/RouterLinks';
import { NotFoundPage } from './NotFoundPage';

/** Shown when a page crashes while rendering; offers a reload, which also fetches a new app version. */
export function ErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;

  return (
    <Page title={t('errorPage.title')} description={t('errorPage.description')}>
      <Stack gap="md">
        {error instanceof Error ? (
          <Text size="sm" c="dimmed" ff="monospace">
            {error.message}
          </Text>
        ) : null}
        <Group gap="sm">
          <Button onClick={() => window.location.reload()}>{t('errorPage.reload')}</Button>
          <ButtonLink to="/" variant="default">
            {t('common.toStart')}
          </ButtonLink>
        </Group>
      </Stack>
    </Page>
  );
}
