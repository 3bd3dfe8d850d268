import { Alert } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { hasStatus } from '../../api/errors';
import { NotFoundPage } from '../../app/NotFoundPage';
import { LoadError } from '../../ui/LoadError';
import { Page } from '../../ui/Page';
import { PageLoader } from '../../ui/PageLoader';
import { TextLink } from '../../ui/RouterLinks';
import { EntryForm, newValues, valuesOf } from './EntryForm';
import { isLibraryKind, libraryKeys, useLibraryEntry, useWritableScopes } from './queries';

/** A new entry (`/library/new`, optionally `?kind=`). */
export function NewEntryPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const kindParam = params.get('kind');
  const scopes = useWritableScopes();

  return (
    <Page
      title={t('library.form.newTitle')}
      description={<TextLink to="/library">{t('library.back')}</TextLink>}
    >
      {scopes.isPending ? <PageLoader /> : null}
      {scopes.isError ? <LoadError error={scopes.error} onRetry={() => void scopes.refetch()} /> : null}
      {scopes.data && scopes.data.length === 0 ? (
        <Alert color="gray" variant="light">
          {t('library.form.cannotWrite')}
        </Alert>
      ) : null}
      {scopes.data && scopes.data.length > 0 ? (
        <EntryForm
          // Nothing is shared by mistake: a new entry is personal until its writer chooses otherwise.
          initialValues={newValues(
            isLibraryKind(kindParam) ? kindParam : 'checklist',
            scopes.data.includes('personal') ? 'personal' : (scopes.data[0] ?? 'personal'),
          )}
          writableScopes={scopes.data}
        />
      ) : null}
    </Page>
  );
}

/** Changing an entry (`/library/:id/edit`). */
export function EditEntryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const entry = useLibraryEntry(id);
  const queryClient = useQueryClient();

  if (entry.isPending) return <PageLoader />;
  if (entry.isError && hasStatus(entry.error, 404)) return <NotFoundPage />;
  const back = <TextLink to={`/library/${id}`}>{t('library.backToEntry')}</TextLink>;
  if (entry.isError) {
    return (
      <Page title={t('library.form.editTitle')} description={back}>
        <LoadError error={entry.error} onRetry={() => void entry.refetch()} />
      </Page>
    );
  }
  const data = entry.data;
  return (
    <Page title={t('library.form.editTitle')} description={back}>
      {data.canEdit ? (
        <EntryForm
          // The form keeps what it was opened with; a later refetch of the entry must not wipe the user's text.
          entry={data}
          initialValues={valuesOf(data)}
          writableScopes={data.writableScopes}
          onReload={() =>
            queryClient.fetchQuery({
              queryKey: libraryKeys.entry(id),
              queryFn: () => unwrap(api.GET('/library/{id}', { params: { path: { id } } })),
              staleTime: 0,
            })
          }
        />
      ) : (
        <Alert color="gray" variant="light" title={t('errors.forbiddenTitle')}>
          {t('library.form.cannotEdit')}
        </Alert>
      )}
    </Page>
  );
}
