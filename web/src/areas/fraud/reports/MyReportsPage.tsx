import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page';
import { ButtonLink } from '../../../ui/RouterLinks';
import { useMyFraudReports } from './queries';
import { ReportList } from './ReportList';

/** `/fraud-reports`: the invoices I have reported and what became of each. */
export function MyReportsPage() {
  const { t } = useTranslation();
  const list = useMyFraudReports();
  return (
    <Page
      title={t('fraud.report.mine')}
      description={t('fraud.report.mineLead')}
      actions={
        <ButtonLink to="/fraud-reports/new" size="sm">
          {t('fraud.report.new')}
        </ButtonLink>
      }
    >
      <ReportList
        list={list}
        linkOf={(id) => `/fraud-reports/${id}`}
        label={t('fraud.report.mine')}
        empty={{ title: t('fraud.report.mineEmptyTitle'), description: t('fraud.report.mineEmptyText') }}
      />
    </Page>
  );
}
