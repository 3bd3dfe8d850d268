import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../ui/dates';
import type { FraudReport } from './queries';
import { ReportFiles } from './ReportFiles';
import '../fraud.css';
import '../../../ui/facts.css';

/** What a report says about the invoice, for its reporter and for the analysts. */
export function ReportFacts({ report }: { report: Omit<FraudReport, 'incidentId'> }) {
  const { t, i18n } = useTranslation();
  const amount = (sek: number) =>
    new Intl.NumberFormat(i18n.language === 'en' ? 'en-SE' : 'sv-SE', {
      style: 'currency',
      currency: 'SEK',
    }).format(sek);
  return (
    <Stack gap="md">
      <Paper component="section" withBorder p="md" radius="md" aria-labelledby="fraud-report-facts">
        <Title order={2} size="h3" id="fraud-report-facts" mb="sm">
          {t('fraud.report.facts')}
        </Title>
        <dl className="facts">
          <div>
            <dt>{t('fraud.report.companyName')}</dt>
            <dd>{report.companyName}</dd>
          </div>
          {report.identifiers.map((identifier) => (
            <div key={`${identifier.kind}:${identifier.value}`}>
              <dt>{t(`fraud.kind.${identifier.kind}`)}</dt>
              <dd>{identifier.formatted}</dd>
            </div>
          ))}
          {report.amountSek !== null ? (
            <div>
              <dt>{t('fraud.report.amount')}</dt>
              <dd>{amount(report.amountSek)}</dd>
            </div>
          ) : null}
          {report.invoiceDate ? (
            <div>
              <dt>{t('fraud.report.invoiceDate')}</dt>
              <dd>{formatDate(report.invoiceDate)}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('fraud.report.sent')}</dt>
            <dd>{formatDateTime(report.createdAt)}</dd>
          </div>
        </dl>
      </Paper>
      <Paper component="section" withBorder p="md" radius="md" aria-labelledby="fraud-report-text">
        <Title order={2} size="h3" id="fraud-report-text" mb="sm">
          {t('fraud.report.description')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{report.description}</Text>
      </Paper>
      <Paper component="section" withBorder p="md" radius="md" aria-labelledby="fraud-report-files">
        <Title order={2} size="h3" id="fraud-report-files" mb="sm">
          {t('fraud.report.files')}
        </Title>
        <ReportFiles reportId={report.id} files={report.files} />
      </Paper>
    </Stack>
  );
}
