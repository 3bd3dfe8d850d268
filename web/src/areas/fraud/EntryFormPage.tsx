import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { hasStatus } from '../../api/errors';
import { NotFoundPage } from '../../app/NotFoundPage';
import { LoadError } from '../../ui/LoadError';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import { TextLink } from '../../ui/RouterLinks';
import { useMe } from '../accounts/session';
import { EntryForm } from './EntryForm';
import { newValues, valuesOf } from './formValues';
import { fetchFraudEntry, fraudKeys, useFraudEntry } from './queries';

/** `/admin/fraud-list/new`: analysts and admins only; for anyone else the page does not exist. */
export function NewFraudEntryPage() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.data?.user.platformRole) return <NotFoundPage />;
  return (
    <Page
      title={t('fraud.form.newTitle')}
      description={<TextLink to="/fraud-list">{t('fraud.back')}</TextLink>}
    >
      <EntryForm initialValues={newValues()} />
    </Page>
  );
}

/** `/admin/fraud-list/:id/edit`. */
export function EditFraudEntryPage() {
  const me = useMe();
  if (!me.data?.user.platformRole) return <NotFoundPage />;
  return <EditEntry />;
}

function EditEntry() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const entry = useFraudEntry(id);
  const queryClient = useQueryClient();

  if (entry.isPending) return <PageLoader />;
  if (entry.isError && (hasStatus(entry.error, 404) || hasStatus(entry.error, 400))) return <NotFoundPage />;
  const back = <TextLink to={`/fraud-list/${id}`}>{t('fraud.backToEntry')}</TextLink>;
  return (
    <Page title={t('fraud.form.editTitle')} description={back}>
      {entry.isError ? (
        <LoadError error={entry.error} onRetry={() => void entry.refetch()} />
      ) : (
        <EntryForm
          // The form keeps what it was opened with; a later refetch must not wipe the analyst's changes.
          entry={entry.data}
          initialValues={valuesOf(entry.data)}
          onReload={() =>
            queryClient.fetchQuery({
              queryKey: fraudKeys.entry(id),
              queryFn: () => fetchFraudEntry(id),
              staleTime: 0,
            })
          }
        />
      )}
    </Page>
  );
}
