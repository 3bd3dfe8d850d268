import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { darkAlertTitle } from '../../../ui/alertStyles';
import { formatDateTime } from '../../../ui/dates';
import type { FraudReport } from './queries';

/** What became of a report, in a sentence, with the entry it went into or why it did not. */
export function ReportOutcome({
  report,
}: {
  report: Pick<FraudReport, 'state' | 'entryId' | 'rejectionReason' | 'decidedAt'>;
}) {
  const { t } = useTranslation();
  const decided = report.decidedAt ? formatDateTime(report.decidedAt) : '';
  if (report.state === 'pending') {
    return (
      <Alert color="yellow" variant="light" styles={darkAlertTitle} title={t('fraud.report.state.pending')}>
        {t('fraud.report.pendingText')}
      </Alert>
    );
  }
  if (report.state === 'rejected') {
    return (
      <Alert color="gray" variant="light" title={t('fraud.report.rejectedTitle', { date: decided })}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {report.rejectionReason}
        </Text>
      </Alert>
    );
  }
  return (
    <Alert
      color="green"
      variant="light"
      title={
        report.state === 'published'
          ? t('fraud.report.publishedTitle', { date: decided })
          : t('fraud.report.mergedTitle', { date: decided })
      }
    >
      {report.entryId ? (
        <Anchor component={Link} to={`/fraud-list/${report.entryId}`} size="sm">
          {t('fraud.report.toEntry')}
        </Anchor>
      ) : null}
    </Alert>
  );
}
