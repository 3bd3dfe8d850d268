import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { hasStatus } from '../../api/errors';
import { NotFoundPage } from '../../app/NotFoundPage';
import { LoadError } from '../../ui/LoadError';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import { TextLink } from '../../ui/RouterLinks';
import { useMe } from '../accounts/session';
import { newValues, valuesOf } from './formValues';
import type { WarningState } from './queries';
import { StateBadge } from './StateBadge';
import { useAuthoredEditor } from './useAuthoredEditor';
import { WarningForm } from './WarningForm';
import { WarningStats } from './WarningStats';
import './warnings.css';

const listPath = (state: WarningState) =>
  state === 'published' ? '/admin/warnings' : `/admin/warnings?state=${state}`;

/** `/admin/warnings/new`: analysts and admins only; for anyone else the page does not exist. */
export function NewPlatformWarningPage() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.data?.user.platformRole) return <NotFoundPage />;
  return (
    <Page
      title={t('warnings.form.newTitle')}
      description={<TextLink to="/admin/warnings">{t('warnings.admin.back')}</TextLink>}
    >
      <WarningForm groupId={null} initialValues={newValues()} listPath={listPath} />
    </Page>
  );
}

/** `/admin/warnings/:id/edit`. */
export function EditPlatformWarningPage() {
  const me = useMe();
  if (!me.data?.user.platformRole) return <NotFoundPage />;
  return <EditPlatformWarning />;
}

function EditPlatformWarning() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { warning, reload } = useAuthoredEditor(id);

  if (warning.isPending) return <PageLoader />;
  if (warning.isError && (hasStatus(warning.error, 404) || hasStatus(warning.error, 400))) {
    return <NotFoundPage />;
  }
  const back = <TextLink to="/admin/warnings">{t('warnings.admin.back')}</TextLink>;
  if (warning.isError) {
    return (
      <Page title={t('warnings.form.editTitle')} description={back}>
        <LoadError error={warning.error} onRetry={() => void warning.refetch()} />
      </Page>
    );
  }
  // A group's warning belongs to that group's editor; the analysts' list never leads here with one.
  if (warning.data.group) return <NotFoundPage />;
  return (
    <Page
      title={t('warnings.form.editTitle')}
      description={back}
      actions={<StateBadge state={warning.data.state} />}
    >
      {warning.data.state === 'draft' ? null : <WarningStats warning={warning.data} />}
      <WarningForm
        // The form keeps what it was opened with; a later refetch must not wipe the author's changes.
        key={warning.data.id}
        groupId={null}
        warning={warning.data}
        initialValues={valuesOf(warning.data)}
        listPath={listPath}
        onReload={reload}
      />
    </Page>
  );
}
