import { Alert, Anchor, Button, Checkbox, Group, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { formatDateTime } from '../../ui/dates';
import { errorMessage } from '../../ui/errorMessage';
import { FormError } from '../../ui/FormError';
import { LoadError } from '../../ui/LoadError';
import { notify } from '../../ui/notify';
import { PageLoader } from '../../ui/PageLoader';
import { Section } from '../../ui/Section';
import { useServerErrors } from '../../ui/useServerErrors';
import {
  type IncidentGroupShares,
  unshareIncident,
  useIncidentGroupShares,
} from '../groups/sharedIncidentQueries';
import { type Incident, incidentKeys } from './queries';

/** GRP-5, INC-9: which groups the report was shared into, and sharing it into one more. */
export function GroupSharesSection({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const shares = useIncidentGroupShares(incident.id);
  return (
    <Section title={t('groupShares.title')} description={t('groupShares.description')}>
      {shares.isPending ? <PageLoader /> : null}
      {shares.isError ? <LoadError error={shares.error} onRetry={() => void shares.refetch()} /> : null}
      {shares.data ? <SharesBody incident={incident} shares={shares.data} /> : null}
    </Section>
  );
}

function SharesBody({ incident, shares }: { incident: Incident; shares: IncidentGroupShares }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // The report's key covers its shares and its history, which records every share.
  const refresh = () => queryClient.invalidateQueries({ queryKey: incidentKeys.one(incident.id) });
  return (
    <Stack gap="sm">
      {shares.items.length > 0 ? (
        <Stack component="ul" gap="xs" className="plain-list" aria-label={t('groupShares.listLabel')}>
          {shares.items.map((share) => (
            <Group component="li" key={share.id} justify="space-between" wrap="nowrap">
              <Stack gap={0}>
                <Anchor component={Link} to={`/groups/${share.group.id}/incidents`} fw={600}>
                  {share.group.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t('groupShares.sharedAt', { at: formatDateTime(share.sharedAt) })}
                  {share.includeDescription ? ` · ${t('groupShares.withText')}` : ''}
                </Text>
              </Stack>
              {share.canRemove ? (
                <ConfirmButton
                  variant="subtle"
                  size="xs"
                  aria-label={t('groupShares.removeNamed', { group: share.group.name })}
                  title={t('groupShares.removeTitle')}
                  message={t('groupShares.removeText', { group: share.group.name })}
                  confirmLabel={t('groupShares.remove')}
                  describeError={(error) => errorMessage(error, t)}
                  onConfirm={async () => {
                    await unshareIncident(share.group.id, share.id);
                    await refresh();
                    notify.success(t('groupShares.removed', { group: share.group.name }));
                  }}
                >
                  {t('groupShares.remove')}
                </ConfirmButton>
              ) : null}
            </Group>
          ))}
        </Stack>
      ) : null}
      {!shares.sharingAllowsGroups ? (
        <Text size="sm" c="dimmed">
          {incident.abilities.handle ? t('groupShares.levelTooLowManager') : t('groupShares.levelTooLow')}
        </Text>
      ) : shares.shareableGroups.length === 0 ? (
        <Text size="sm" c="dimmed">
          {shares.items.length > 0 ? t('groupShares.noMoreGroups') : t('groupShares.noGroups')}
        </Text>
      ) : (
        <ShareForm incident={incident} shares={shares} onShared={refresh} />
      )}
    </Stack>
  );
}

function ShareForm({
  incident,
  shares,
  onShared,
}: {
  incident: Incident;
  shares: IncidentGroupShares;
  onShared: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { groupId: '', includeDescription: false },
    validate: { groupId: (value) => (value ? null : t('groupShares.chooseGroup')) },
  });
  const errors = useServerErrors(form);
  const share = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.POST('/incidents/{incidentId}/group-shares', {
          params: { path: { incidentId: incident.id } },
          body: values,
        }),
      ),
    onMutate: errors.clear,
    onError: errors.handleError,
    onSuccess: async (created) => {
      form.reset();
      await onShared();
      notify.success(t('groupShares.shared', { group: created.group.name }));
    },
  });
  return (
    <form onSubmit={form.onSubmit((values) => share.mutate(values))} noValidate>
      <Stack gap="sm">
        <Select
          label={t('groupShares.groupLabel')}
          placeholder={t('groupShares.groupPlaceholder')}
          data={shares.shareableGroups.map((group) => ({ value: group.id, label: group.name }))}
          allowDeselect={false}
          {...form.getInputProps('groupId')}
        />
        {shares.canIncludeDescription ? (
          <Checkbox
            label={t('groupShares.includeDescription')}
            {...form.getInputProps('includeDescription', { type: 'checkbox' })}
          />
        ) : null}
        {form.values.includeDescription ? (
          <Alert color="yellow" variant="light">
            {t('groupShares.includeDescriptionWarning')}
          </Alert>
        ) : null}
        <Text size="sm" c="dimmed">
          {t('groupShares.whatGroupsSee')}
        </Text>
        <FormError message={errors.formError} />
        <Button type="submit" loading={share.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('groupShares.share')}
        </Button>
      </Stack>
    </form>
  );
}
