import { Alert, Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { hasStatus } from '../../api/errors';
import { NotFoundPage } from '../../app/NotFoundPage';
import { LoadError } from '../../ui/LoadError';
import { PageLoader } from '../../ui/PageLoader';
import { TextLink } from '../../ui/RouterLinks';
import { useGroupContext } from '../groups/context';
import { newValues, valuesOf } from './formValues';
import { StateBadge } from './StateBadge';
import { useAuthoredEditor } from './useAuthoredEditor';
import { WarningForm } from './WarningForm';
import { WarningStats } from './WarningStats';
import './warnings.css';

/** The group's admins only, as its other admin tabs; the group's heading stays above. */
function GroupAdminOnly({ title, children }: { title: string; children: (groupId: string) => ReactNode }) {
  const { t } = useTranslation();
  const { group, isAdmin } = useGroupContext();
  if (!isAdmin) {
    return (
      <Alert color="gray" variant="light" title={t('errors.forbiddenTitle')}>
        {t('groups.adminOnly')}
      </Alert>
    );
  }
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <TextLink to={`/groups/${group.id}/warnings`} size="sm">
          {t('warnings.group.back')}
        </TextLink>
        <Title order={2}>{title}</Title>
      </Stack>
      {children(group.id)}
    </Stack>
  );
}

const listPathOf = (groupId: string) => () => `/groups/${groupId}/warnings`;

/** `/groups/:groupId/warnings/new`: the same form, for the group's members. */
export function NewGroupWarningTab() {
  const { t } = useTranslation();
  return (
    <GroupAdminOnly title={t('warnings.group.new')}>
      {(groupId) => (
        <WarningForm groupId={groupId} initialValues={newValues()} listPath={listPathOf(groupId)} />
      )}
    </GroupAdminOnly>
  );
}

/** `/groups/:groupId/warnings/:warningId/edit`. */
export function EditGroupWarningTab() {
  const { t } = useTranslation();
  return (
    <GroupAdminOnly title={t('warnings.form.editTitle')}>
      {(groupId) => <EditGroupWarning groupId={groupId} />}
    </GroupAdminOnly>
  );
}

function EditGroupWarning({ groupId }: { groupId: string }) {
  const { warningId = '' } = useParams();
  const { warning, reload } = useAuthoredEditor(warningId);
  if (warning.isPending) return <PageLoader />;
  if (warning.isError && (hasStatus(warning.error, 404) || hasStatus(warning.error, 400))) {
    return <NotFoundPage />;
  }
  if (warning.isError) return <LoadError error={warning.error} onRetry={() => void warning.refetch()} />;
  if (warning.data.group?.id !== groupId) return <NotFoundPage />;
  return (
    <>
      <Group gap="xs">
        <StateBadge state={warning.data.state} />
      </Group>
      {warning.data.state === 'draft' ? null : <WarningStats warning={warning.data} />}
      <WarningForm
        key={warning.data.id}
        groupId={groupId}
        warning={warning.data}
        initialValues={valuesOf(warning.data)}
        listPath={listPathOf(groupId)}
        onReload={reload}
      />
    </>
  );
}
