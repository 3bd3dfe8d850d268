import { Button, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type SharingLevel, sharingLabel } from '@vaksam/domain/incidents/sharing';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../ui/dates';
import { errorMessage } from '../../ui/errorMessage';
import { FormError } from '../../ui/FormError';
import { LoadError } from '../../ui/LoadError';
import { notify } from '../../ui/notify';
import { PageLoader } from '../../ui/PageLoader';
import { Section } from '../../ui/Section';
import { useLang } from './labels';
import { SharingLevelChoice } from './SharingLevelChoice';

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
  const [choice, setChoice] = useState<SharingLevel>(current.defaultSharing);
  useEffect(() => setChoice(current.defaultSharing), [current.defaultSharing]);
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
  const fieldError =
    save.error && 'fields' in save.error
      ? (save.error.fields as Record<string, string>).defaultSharing
      : null;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(choice);
      }}
      noValidate
    >
      <Stack gap="sm">
        <FormError message={save.isError && !fieldError ? errorMessage(save.error, t) : null} />
        <SharingLevelChoice
          label={t('sharing.defaultLabel')}
          value={choice}
          onChange={setChoice}
          available={current.availableLevels}
          error={fieldError}
        />
        <Text size="sm" c="dimmed">
          {current.updatedAt
            ? t('sharing.defaultUpdated', { at: formatDateTime(current.updatedAt) })
            : t('sharing.defaultNeverChanged')}
        </Text>
        <Button
          type="submit"
          loading={save.isPending}
          disabled={choice === current.defaultSharing}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
