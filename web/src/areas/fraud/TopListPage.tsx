import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../ui/EmptyState';
import { LoadError } from '../../ui/LoadError';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import { FraudLinks } from './FraudLinks';
import { currentMonth, formatMonth, isMonth, shiftMonth } from './month';
import { useFraudTopList } from './queries';
import './fraud.css';

/** FRAUD-7: the senders reported most often in a month, public. */
export function TopListPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'sv';
  const [params, setParams] = useSearchParams();
  const now = currentMonth();
  const requested = params.get('month');
  // YYYY-MM compares as text; a month after this one has no reports yet.
  const month = isMonth(requested) && requested <= now ? requested : now;
  const top = useFraudTopList(month);
  const shown = formatMonth(month, language);
  const go = (next: string) => setParams(next === now ? {} : { month: next });

  return (
    <Page title={t('fraud.top.title')} description={t('fraud.top.lead')}>
      <FraudLinks current="top" />
      <Stack gap="sm">
        <Title order={2} aria-live="polite">
          {shown}
        </Title>
        <Group gap="sm" role="group" aria-label={t('fraud.top.monthNav')}>
          <Button variant="default" size="sm" onClick={() => go(shiftMonth(month, -1))}>
            {t('fraud.top.previous')}
          </Button>
          <Button
            variant="default"
            size="sm"
            disabled={month >= now}
            onClick={() => go(shiftMonth(month, 1))}
          >
            {t('fraud.top.next')}
          </Button>
        </Group>
      </Stack>
      {top.isPending ? <PageLoader /> : null}
      {top.isError ? <LoadError error={top.error} onRetry={() => void top.refetch()} /> : null}
      {top.isSuccess && top.data.items.length === 0 ? (
        <EmptyState
          title={t('fraud.top.emptyTitle', { month: shown })}
          description={t('fraud.top.emptyText')}
        />
      ) : null}
      {top.data && top.data.items.length > 0 ? (
        <Stack
          component="ol"
          gap="sm"
          className="plain-list"
          aria-label={t('fraud.top.listLabel', { month: shown })}
        >
          {top.data.items.map(({ entry, reportsInMonth }, index) => (
            <Paper component="li" key={entry.id} withBorder p="md" radius="md">
              <Group gap="md" wrap="nowrap" align="flex-start">
                <span className="fraud-rank">{index + 1}</span>
                <Stack gap={4} style={{ minWidth: 0 }}>
                  <Anchor
                    component={Link}
                    to={`/fraud-list/${entry.id}`}
                    fw={600}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {entry.companyName}
                  </Anchor>
                  {entry.orgNumber ? (
                    <Text size="sm">
                      {t('fraud.kind.organisationsnummer')}: {entry.orgNumber}
                    </Text>
                  ) : null}
                  <Text size="sm" fw={600}>
                    {t('fraud.top.reportsInMonth', { count: reportsInMonth, month: shown })}
                  </Text>
                </Stack>
              </Group>
            </Paper>
          ))}
        </Stack>
      ) : null}
    </Page>
  );
}
