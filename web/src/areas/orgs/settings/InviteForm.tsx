import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import type { Role } from '../../../api/types';
import { FormError } from '../../../ui/FormError';
import { notify } from '../../../ui/notify';
import { useServerErrors } from '../../../ui/useServerErrors';
import { validators } from '../../../ui/validators';
import { orgKeys } from '../queries';
import { RoleSelect } from '../RoleSelect';

export function InviteForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { email: '', role: 'reporter' as Role },
    validate: { email: validators(t).email },
  });
  const errors = useServerErrors(form);
  const invite = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.POST('/orgs/{orgId}/invites', {
          params: { path: { orgId } },
          body: { email: values.email.trim(), role: values.role },
        }),
      ),
    onMutate: errors.clear,
    onError: errors.handleError,
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: orgKeys.invites(orgId) });
      notify.success(t('invites.sent', { email: created.email }));
      form.reset();
    },
  });

  return (
    <form onSubmit={form.onSubmit((values) => invite.mutate(values))} noValidate>
      <Stack gap="md">
        <FormError message={errors.formError} />
        <TextInput
          label={t('fields.email')}
          type="email"
          inputMode="email"
          autoComplete="off"
          required
          {...form.getInputProps('email')}
        />
        <RoleSelect
          label={t('fields.role')}
          value={form.values.role}
          onChange={(role) => form.setFieldValue('role', role)}
          error={form.errors.role}
        />
        <Button type="submit" loading={invite.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('invites.send')}
        </Button>
      </Stack>
    </form>
  );
}
