import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { Page } from '../../ui/Page';
import { ButtonLink } from '../../ui/RouterLinks';
import { useMe } from '../accounts/session';
import { AuthoredList } from './AuthoredList';
import type { WarningState } from './queries';
import './warnings.css';

const STATES: WarningState[] = ['draft', 'published', 'withdrawn'];
const DEFAULT_STATE: WarningState = 'published';
const isState = (value: string | null): value is WarningState => STATES.includes(value as WarningState);

/** WARN-1: the platform's warnings, for analysts and admins; for anyone else the page does not exist. */
export function AdminWarningsPage() {
  const me = useMe();
  if (!me.data?.user.platformRole) return <NotFoundPage />;
  return <PlatformWarnings />;
}

function PlatformWarnings() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('state');
  const state = isState(requested) ? requested : DEFAULT_STATE;
  return (
    <Page
      title={t('warnings.admin.title')}
      description={t('warnings.admin.lead')}
      actions={<ButtonLink to="/admin/warnings/new">{t('warnings.admin.new')}</ButtonLink>}
    >
      <SegmentedControl
        aria-label={t('warnings.admin.filterLabel')}
        value={state}
        onChange={(value) => setParams(value === DEFAULT_STATE ? {} : { state: value })}
        data={STATES.map((value) => ({ value, label: t(`warnings.admin.tab.${value}`) }))}
      />
      <AuthoredList
        groupId={null}
        state={state}
        label={t(`warnings.admin.tab.${state}`)}
        empty={{ title: t(`warnings.admin.empty.${state}`) }}
        editPath={(warning) => `/admin/warnings/${warning.id}/edit`}
      />
    </Page>
  );
}
