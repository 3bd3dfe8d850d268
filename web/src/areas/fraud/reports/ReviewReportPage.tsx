import { Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { randomId } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { hasStatus } from '../../../api/errors';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { LoadError } from '../../../ui/LoadError';
import { Page } from '../../../ui/Page';
import { PageLoader } from '../../../ui/PageLoader';
import { TextLink } from '../../../ui/RouterLinks';
import { useMe } from '../../accounts/session';
import { EntryForm } from '../EntryForm';
import type { EntryFormValues } from '../serverFields';
import { MergePanel } from './MergePanel';
import { type FraudReportReview, useReviewReport } from './queries';
import { RejectPanel } from './RejectPanel';
import { ReportFacts } from './ReportFacts';
import { ReportOutcome } from './ReportOutcome';
import { ReportStateBadge } from './ReportStateBadge';

/** The new entry starts as the report put it; the analyst rewrites the text for the public list. */
const entryValuesOf = (report: FraudReportReview): EntryFormValues => ({
  companyName: report.companyName,
  identifiers: report.identifiers.map(({ kind, formatted }) => ({ key: randomId(), kind, value: formatted })),
  addresses: [],
  description: report.description,
});

/** `/admin/fraud-reports/:id`: one reported invoice, its reporter, and the decision on it. */
export function ReviewReportPage() {
  const me = useMe();
  if (!me.data?.user.platformRole) return <NotFoundPage />;
  return <Review />;
}

function Review() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const report = useReviewReport(id);
  if (report.isPending) return <PageLoader />;
  if (report.isError && (hasStatus(report.error, 404) || hasStatus(report.error, 400)))
    return <NotFoundPage />;
  const back = <TextLink to="/admin/fraud-reports">{t('fraud.review.back')}</TextLink>;
  if (report.isError) {
    return (
      <Page title={t('fraud.review.title')} description={back}>
        <LoadError error={report.error} onRetry={() => void report.refetch()} />
      </Page>
    );
  }
  const data = report.data;
  return (
    <Page
      title={data.companyName}
      description={back}
      actions={<ReportStateBadge state={data.state} />}
      size="md"
    >
      {data.state === 'pending' ? null : <ReportOutcome report={data} />}
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="fraud-review-people">
        <Title order={2} size="h3" id="fraud-review-people" mb="xs">
          {t('fraud.review.people')}
        </Title>
        <Text size="sm">
          {data.reporter
            ? t('fraud.review.reporter', { name: data.reporter.name, email: data.reporter.email })
            : t('fraud.review.reporterGone')}
        </Text>
        {data.decidedBy ? (
          <Text size="sm">{t('fraud.review.decidedBy', { name: data.decidedBy.name })}</Text>
        ) : null}
      </Paper>
      <ReportFacts report={data} />
      {data.state === 'pending' ? <Decision report={data} /> : null}
    </Page>
  );
}

function Decision({ report }: { report: FraudReportReview }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="fraud-review-decision">
      <Stack gap="sm">
        <Title order={2} size="h3" id="fraud-review-decision">
          {t('fraud.review.decision')}
        </Title>
        <Tabs defaultValue="publish" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="publish">{t('fraud.review.publishTab')}</Tabs.Tab>
            <Tabs.Tab value="merge">{t('fraud.review.mergeTab')}</Tabs.Tab>
            <Tabs.Tab value="reject">{t('fraud.review.rejectTab')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="publish" pt="md">
            <Text size="sm" c="dimmed" mb="md">
              {t('fraud.review.publishHelp')}
            </Text>
            <EntryForm reportId={report.id} initialValues={entryValuesOf(report)} />
          </Tabs.Panel>
          <Tabs.Panel value="merge" pt="md">
            <MergePanel report={report} />
          </Tabs.Panel>
          <Tabs.Panel value="reject" pt="md">
            <RejectPanel reportId={report.id} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Paper>
  );
}
