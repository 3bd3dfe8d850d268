import { SegmentedControl, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { Page } from '../../../ui/Page';
import { useMe } from '../../accounts/session';
import { type FraudReportState, useReviewQueue } from './queries';
import { ReportList } from './ReportList';

const VIEWS = ['pending', 'published', 'merged', 'rejected', 'all'] as const;
type View = (typeof VIEWS)[number];
const viewOf = (value: string | null): View => VIEWS.find((view) => view === value) ?? 'pending';

/** `/admin/fraud-reports`: the analysts' queue of reported invoices; for anyone else the page does not exist. */
export function ReviewQueuePage() {
  const me = useMe();
  if (!me.data?.user.platformRole) return <NotFoundPage />;
  return <Queue />;
}

function Queue() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const view = viewOf(params.get('state'));
  const list = useReviewQueue(view as FraudReportState | 'all');
  return (
    <Page title={t('fraud.review.title')} description={t('fraud.review.lead')}>
      <Stack gap="md">
        <SegmentedControl
          aria-label={t('fraud.review.filter')}
          value={view}
          onChange={(value) => setParams(value === 'pending' ? {} : { state: value }, { replace: true })}
          data={VIEWS.map((value) => ({ value, label: t(`fraud.review.view.${value}`) }))}
          fullWidth
          style={{ overflowX: 'auto' }}
        />
        <ReportList
          list={list}
          linkOf={(id) => `/admin/fraud-reports/${id}`}
          label={t('fraud.review.title')}
          empty={{
            title: t(view === 'pending' ? 'fraud.review.emptyPendingTitle' : 'fraud.review.emptyTitle'),
            description: t(view === 'pending' ? 'fraud.review.emptyPendingText' : 'fraud.review.emptyText'),
          }}
        />
      </Stack>
    </Page>
  );
}
