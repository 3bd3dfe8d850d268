import { Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { OrgLookup } from '../../api/types';
import { FormError } from '../../ui/FormError';
import { useServerErrors } from '../../ui/useServerErrors';
import { validators } from '../../ui/validators';
import { meQueryKey } from '../accounts/session';
import { orgKeys } from './queries';
import { SniPicker } from './SniPicker';

export function RegisterOrgForm({ lookup }: { lookup: OrgLookup }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { name: lookup.name ?? '', sniCode: null as string | null },
    validate: { name: validators(t).required },
  });
  const errors = useServerErrors(form);
  const register = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.POST('/orgs', {
          body: {
            orgNumber: lookup.orgNumber,
            name: values.name.trim(),
            ...(values.sniCode ? { sniCode: values.sniCode } : {}),
          },
        }),
      ),
    onMutate: errors.clear,
    onError: errors.handleError,
    onSuccess: (org) => {
      void queryClient.invalidateQueries({ queryKey: orgKeys.all });
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
      navigate(`/o/${org.id}/settings`);
    },
  });

  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="register-org-title">
      <form onSubmit={form.onSubmit((values) => register.mutate(values))} noValidate>
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={2} id="register-org-title">
              {t('registerOrJoin.registerTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {lookup.orgNumber} · {lookup.organisationForm}
            </Text>
          </Stack>
          <Text>{t('registerOrJoin.notRegistered')}</Text>
          <FormError message={errors.formError} />
          <TextInput label={t('fields.orgName')} required {...form.getInputProps('name')} />
          <SniPicker
            value={form.values.sniCode}
            onChange={(code) => form.setFieldValue('sniCode', code)}
            error={form.errors.sniCode}
          />
          <Button type="submit" loading={register.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('registerOrJoin.register')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
