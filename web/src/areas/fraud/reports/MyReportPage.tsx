import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { hasStatus } from '../../../api/errors';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { LoadError } from '../../../ui/LoadError';
import { notify } from '../../../ui/notify';
import { Page } from '../../../ui/Page';
import { PageLoader } from '../../../ui/PageLoader';
import { TextLink } from '../../../ui/RouterLinks';
import { PhotoPicker } from '../../attachments/PhotoPicker';
import { UploadProblems, UploadProgress } from '../../attachments/UploadStatus';
import { useUploadQueue } from '../../attachments/useUploadQueue';
import {
  type FraudReport,
  fraudReportKeys,
  REPORT_LIMITS,
  uploadReportFile,
  useMyFraudReport,
} from './queries';
import { ReportFacts } from './ReportFacts';
import { ReportOutcome } from './ReportOutcome';
import { ReportStateBadge } from './ReportStateBadge';

/** `/fraud-reports/:id`: my report, what became of it, and while it waits, more photos of the invoice. */
export function MyReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const report = useMyFraudReport(id);
  if (report.isPending) return <PageLoader />;
  if (report.isError && (hasStatus(report.error, 404) || hasStatus(report.error, 400)))
    return <NotFoundPage />;
  const back = <TextLink to="/fraud-reports">{t('fraud.report.backToMine')}</TextLink>;
  if (report.isError) {
    return (
      <Page title={t('fraud.report.mine')} description={back}>
        <LoadError error={report.error} onRetry={() => void report.refetch()} />
      </Page>
    );
  }
  const data = report.data;
  return (
    <Page title={data.companyName} description={back} actions={<ReportStateBadge state={data.state} />}>
      <ReportOutcome report={data} />
      {data.incidentId ? (
        <Text size="sm">
          {t('fraud.report.alsoIncident')}{' '}
          <Anchor component={Link} to={`/incidents/${data.incidentId}`}>
            {t('fraud.report.toIncident')}
          </Anchor>
        </Text>
      ) : null}
      <ReportFacts report={data} />
      {data.state === 'pending' && data.files.length < REPORT_LIMITS.files ? (
        <AddFiles report={data} />
      ) : null}
    </Page>
  );
}

function AddFiles({ report }: { report: FraudReport }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const files = useUploadQueue();
  const send = async () => {
    const { sent } = await files.upload((file, key) => uploadReportFile(report.id, file, key));
    if (sent > 0) {
      void queryClient.invalidateQueries({ queryKey: fraudReportKeys.all });
      notify.success(t('fraud.report.filesAdded', { count: sent }));
    }
  };
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="fraud-report-add">
      <Stack gap="sm">
        <Title order={2} size="h3" id="fraud-report-add">
          {t('fraud.report.addFiles')}
        </Title>
        <PhotoPicker
          files={files.files}
          onChange={files.setFiles}
          disabled={files.busy}
          label={t('fraud.report.filesLabel')}
          maxFiles={REPORT_LIMITS.files - report.files.length}
        />
        <UploadProblems queue={files} />
        {files.files.length > 0 ? (
          <Group>
            <Button onClick={() => void send()} loading={files.busy}>
              {t('fraud.report.sendFiles')}
            </Button>
          </Group>
        ) : null}
        <UploadProgress queue={files} />
      </Stack>
    </Paper>
  );
}
