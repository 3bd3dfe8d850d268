import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { ButtonLink } from '../../ui/RouterLinks';
import { useMe } from '../accounts/session';
import { FollowList } from './FollowList';
import { FraudLinks } from './FraudLinks';
import { FraudSearch } from './FraudSearch';
import { InvoiceCheck } from './InvoiceCheck';
import { NewestEntries } from './NewestEntries';

/** FRAUD-1, FRAUD-2, FRAUD-6: Varningslistan, public: search it, check an invoice, read the newest entries. */
export function FraudListPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  return (
    <Page
      title={t('fraud.title')}
      description={t('fraud.lead')}
      actions={
        <Group gap="xs">
          {/* Reporting needs an account; RequireAuth sends a visitor to log in and back. */}
          <ButtonLink
            to="/fraud-reports/new"
            size="sm"
            variant={me?.user.platformRole ? 'default' : 'filled'}
          >
            {t('fraud.report.new')}
          </ButtonLink>
          {me?.user.platformRole ? (
            <ButtonLink to="/admin/fraud-list/new" size="sm">
              {t('fraud.new')}
            </ButtonLink>
          ) : null}
        </Group>
      }
    >
      <FraudLinks current="list" />
      <FraudSearch />
      <InvoiceCheck />
      <FollowList />
      <NewestEntries />
    </Page>
  );
}
