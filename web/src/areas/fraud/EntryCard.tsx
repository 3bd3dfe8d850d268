import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../ui/dates';
import type { FraudEntrySummary } from './queries';

/** One listed sender in a list: name, organisationsnummer, when it was listed and how often reported. */
export function EntryCard({ entry }: { entry: FraudEntrySummary }) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap={6}>
        <Anchor
          component={Link}
          to={`/fraud-list/${entry.id}`}
          fw={600}
          size="lg"
          style={{ overflowWrap: 'anywhere' }}
        >
          {entry.companyName}
        </Anchor>
        {entry.orgNumber ? (
          <Text size="sm">
            {t('fraud.kind.organisationsnummer')}: {entry.orgNumber}
          </Text>
        ) : null}
        <Text size="sm" c="dimmed">
          {t('fraud.entry.publishedOn', { date: formatDate(entry.firstPublishedAt) })} ·{' '}
          {t('fraud.entry.reportCount', { count: entry.reportCount })}
        </Text>
        {entry.excerpt ? (
          <Text size="sm" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
            {entry.excerpt}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
