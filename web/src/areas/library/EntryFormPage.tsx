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
import { useGroup } from '../groups/queries';
import { EntryForm, newValues, valuesOf } from './EntryForm';
import { isLibraryKind, type LibraryKind, libraryKeys, useLibraryEntry, useWritableScopes } from './queries';

/** A new entry (`/library/new`, optionally `?kind=`; `?groupId=` makes it that group's, GRP-6). */
export function NewEntryPage() {
  const [params] = useSearchParams();
  const kindParam = params.get('kind');
  const kind = isLibraryKind(kindParam) ? kindParam : 'checklist';
  const groupId = params.get('groupId');
  return groupId ? <NewGroupEntry groupId={groupId} kind={kind} /> : <NewEntry kind={kind} />;
}

function NewEntry({ kind }: { kind: LibraryKind }) {
  const { t } = useTranslation();
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
            kind,
            scopes.data.includes('personal') ? 'personal' : (scopes.data[0] ?? 'personal'),
          )}
          writableScopes={scopes.data}
        />
      ) : null}
    </Page>
  );
}

/** A new entry of one group, for its members only; its admins write it while the group is active. */
function NewGroupEntry({ groupId, kind }: { groupId: string; kind: LibraryKind }) {
  const { t } = useTranslation();
  const group = useGroup(groupId);
  const scopes = useWritableScopes(groupId);

  if (group.isPending || scopes.isPending) return <PageLoader />;
  // A group the reader is not in does not exist for them, and a mistyped address is not a group either.
  if (group.isError && (hasStatus(group.error, 404) || hasStatus(group.error, 400))) return <NotFoundPage />;
  const back = group.data ? (
    <TextLink to={`/groups/${groupId}/content`}>
      {t('library.backToGroup', { name: group.data.name })}
    </TextLink>
  ) : (
    <TextLink to="/library">{t('library.back')}</TextLink>
  );
  const failed = group.isError ? group : scopes.isError ? scopes : null;
  return (
    <Page title={t('library.form.newTitle')} description={back}>
      {failed ? <LoadError error={failed.error} onRetry={() => void failed.refetch()} /> : null}
      {group.data && scopes.data && !scopes.data.includes('group') ? (
        <Alert color="gray" variant="light" title={t('errors.forbiddenTitle')}>
          {group.data.archivedAt ? t('library.form.groupArchived') : t('library.form.groupAdminsOnly')}
        </Alert>
      ) : null}
      {group.data && scopes.data?.includes('group') ? (
        <EntryForm
          initialValues={newValues(kind, 'group')}
          writableScopes={scopes.data}
          group={{ id: group.data.id, name: group.data.name }}
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
          group={data.group}
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
