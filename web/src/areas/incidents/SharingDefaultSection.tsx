import { Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type SharingLevel, sharingLabel } from '@vaksam/domain/incidents/sharing';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../ui/dates';
import { LoadError } from '../../ui/LoadError';
import { notify } from '../../ui/notify';
import { PageLoader } from '../../ui/PageLoader';
import { Section } from '../../ui/Section';
import { useLang } from './labels';
import { SharingLevelForm } from './SharingLevelForm';

export const sharingDefaultKey = (orgId: string) => ['orgs', orgId, 'incident-sharing'] as const;

export function useSharingDefault(orgId: string | null) {
  return useQuery({
    queryKey: sharingDefaultKey(orgId ?? ''),
    enabled: Boolean(orgId),
    queryFn: () =>
      unwrap(api.GET('/orgs/{orgId}/incident-sharing', { params: { path: { orgId: orgId ?? '' } } })),
  });
}

/** INC-10 in the organisation's settings: the level every new report starts with. */
export function SharingDefaultSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const current = useSharingDefault(orgId);
  return (
    <Section title={t('sharing.defaultTitle')} description={t('sharing.defaultDescription')} order={3}>
      {current.isPending ? <PageLoader /> : null}
      {current.isError ? <LoadError error={current.error} onRetry={() => void current.refetch()} /> : null}
      {current.data?.canChange ? <SharingDefaultForm orgId={orgId} current={current.data} /> : null}
      {current.data && !current.data.canChange ? (
        <Stack gap={4}>
          <Text fw={600}>{sharingLabel(current.data.defaultSharing, lang)}</Text>
          <Text size="sm" c="dimmed">
            {t(`sharing.descriptions.${current.data.defaultSharing}`)}
          </Text>
        </Stack>
      ) : null}
    </Section>
  );
}

type SharingDefault = NonNullable<ReturnType<typeof useSharingDefault>['data']>;

function SharingDefaultForm({ orgId, current }: { orgId: string; current: SharingDefault }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (defaultSharing: SharingLevel) =>
      unwrap(
        api.PUT('/orgs/{orgId}/incident-sharing', { params: { path: { orgId } }, body: { defaultSharing } }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(sharingDefaultKey(orgId), saved);
      notify.success(t('sharing.defaultSaved', { level: sharingLabel(saved.defaultSharing, lang) }));
    },
  });
  return (
    <SharingLevelForm
      label={t('sharing.defaultLabel')}
      saved={current.defaultSharing}
      available={current.availableLevels}
      save={save}
      field="defaultSharing"
      submitLabel={t('common.save')}
    >
      <Text size="sm" c="dimmed">
        {current.updatedAt
          ? t('sharing.defaultUpdated', { at: formatDateTime(current.updatedAt) })
          : t('sharing.defaultNeverChanged')}
      </Text>
    </SharingLevelForm>
  );
}
