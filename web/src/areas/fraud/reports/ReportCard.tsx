import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../ui/dates';
import type { FraudReportSummary } from './queries';
import { ReportStateBadge } from './ReportStateBadge';

/** One report in a list: the sender it names, when it was sent, what became of it. */
export function ReportCard({ report, to }: { report: FraudReportSummary; to: string }) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor component={Link} to={to} fw={600} style={{ overflowWrap: 'anywhere' }}>
            {report.companyName}
          </Anchor>
          <ReportStateBadge state={report.state} />
        </Group>
        <Text size="sm" c="dimmed">
          {t('fraud.report.sentOn', { date: formatDateTime(report.createdAt) })} ·{' '}
          {t('fraud.report.fileCount', { count: report.fileCount })}
        </Text>
      </Stack>
    </Paper>
  );
}
