import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { hasStatus } from '../../api/errors';
import { NotFoundPage } from '../../app/NotFoundPage';
import { formatDateTime } from '../../ui/dates';
import { LoadError } from '../../ui/LoadError';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import { TextLink } from '../../ui/RouterLinks';
import { FeedbackQuestion } from './FeedbackQuestion';
import { type FeedWarning, useOpenedWarning } from './queries';
import { SeverityBadge } from './SeverityBadge';
import './warnings.css';

/** WARN-3: one warning of my feed, where pushes and mails lead; opening it marks it read. */
export function WarningPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const warning = useOpenedWarning(id);

  if (warning.isPending) return <PageLoader />;
  // Not mine, no longer in force, or no warning id at all: for this reader it is not there.
  if (warning.isError && (hasStatus(warning.error, 404) || hasStatus(warning.error, 400))) {
    return <NotFoundPage />;
  }
  if (warning.isError) {
    return (
      <Page
        title={t('warnings.title')}
        description={<TextLink to="/warnings">{t('warnings.back')}</TextLink>}
      >
        <LoadError error={warning.error} onRetry={() => void warning.refetch()} />
      </Page>
    );
  }
  return <WarningDetails warning={warning.data} />;
}

function WarningDetails({ warning }: { warning: FeedWarning }) {
  const { t } = useTranslation();
  return (
    <Page title={warning.title} description={<TextLink to="/warnings">{t('warnings.back')}</TextLink>}>
      <Group gap="xs">
        <SeverityBadge severity={warning.severity} />
      </Group>
      <Stack component="section" gap="xs" aria-labelledby="warning-body-heading">
        <Title order={2} id="warning-body-heading">
          {t('warnings.detail.body')}
        </Title>
        {/* Plain text: the author's line breaks are kept, nothing in it is read as markup. */}
        <Text className="warning-text">{warning.body}</Text>
      </Stack>
      {warning.actions ? (
        <Stack component="section" gap="xs" aria-labelledby="warning-actions-heading">
          <Title order={2} id="warning-actions-heading">
            {t('warnings.detail.actions')}
          </Title>
          <Text className="warning-text">{warning.actions}</Text>
        </Stack>
      ) : null}
      <Stack component="section" gap="xs" aria-labelledby="warning-facts-heading">
        <Title order={2} id="warning-facts-heading">
          {t('warnings.detail.facts')}
        </Title>
        <dl className="warning-facts">
          <dt>{t('warnings.detail.from')}</dt>
          <dd>{warning.group ? warning.group.name : t('warnings.analysts')}</dd>
          {warning.source ? (
            <>
              <dt>{t('warnings.detail.source')}</dt>
              <dd>{warning.source}</dd>
            </>
          ) : null}
          <dt>{t('warnings.detail.validFrom')}</dt>
          <dd>
            <time dateTime={warning.validFrom}>{formatDateTime(warning.validFrom)}</time>
          </dd>
          <dt>{t('warnings.detail.validUntil')}</dt>
          <dd>
            {warning.validUntil ? (
              <time dateTime={warning.validUntil}>{formatDateTime(warning.validUntil)}</time>
            ) : (
              t('warnings.detail.untilFurtherNotice')
            )}
          </dd>
        </dl>
      </Stack>
      <FeedbackQuestion warning={warning} />
    </Page>
  );
}
