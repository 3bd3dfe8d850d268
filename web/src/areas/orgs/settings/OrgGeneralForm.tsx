import { Button, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import type { Org } from '../../../api/types';
import { FormError } from '../../../ui/FormError';
import { notify } from '../../../ui/notify';
import { useServerErrors } from '../../../ui/useServerErrors';
import { validators } from '../../../ui/validators';
import { meQueryKey } from '../../accounts/session';
import { orgKeys } from '../queries';
import { SniPicker } from '../SniPicker';

export function OrgGeneralForm({ org }: { org: Org }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { name: org.name, sniCode: org.sniCode, requireManagerMfa: org.requireManagerMfa },
    validate: { name: validators(t).required },
  });
  const errors = useServerErrors(form);
  const save = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.PATCH('/orgs/{orgId}', {
          params: { path: { orgId: org.id } },
          body: {
            ...(form.isDirty('name') ? { name: values.name.trim() } : {}),
            ...(form.isDirty('sniCode') ? { sniCode: values.sniCode } : {}),
            ...(form.isDirty('requireManagerMfa') ? { requireManagerMfa: values.requireManagerMfa } : {}),
          },
        }),
      ),
    onMutate: errors.clear,
    onError: errors.handleError,
    onSuccess: (saved) => {
      queryClient.setQueryData(orgKeys.one(org.id), saved);
      void queryClient.invalidateQueries({ queryKey: orgKeys.all });
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
      form.setInitialValues({
        name: saved.name,
        sniCode: saved.sniCode,
        requireManagerMfa: saved.requireManagerMfa,
      });
      form.resetDirty({
        name: saved.name,
        sniCode: saved.sniCode,
        requireManagerMfa: saved.requireManagerMfa,
      });
      notify.success(t('settings.general.saved'));
    },
  });

  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="md">
        <FormError message={errors.formError} />
        <TextInput label={t('fields.orgName')} required {...form.getInputProps('name')} />
        <SniPicker
          value={form.values.sniCode}
          onChange={(code) => form.setFieldValue('sniCode', code)}
          error={form.errors.sniCode}
        />
        <Switch
          label={t('settings.general.requireManagerMfa')}
          description={t('settings.general.requireManagerMfaHint')}
          size="md"
          {...form.getInputProps('requireManagerMfa', { type: 'checkbox' })}
        />
        <Button
          type="submit"
          loading={save.isPending}
          disabled={!form.isDirty()}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
