import { Button, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { Language, Me, SessionUser } from '../../api/types';
import { setUiLanguage } from '../../i18n';
import { FormError } from '../../ui/FormError';
import { notify } from '../../ui/notify';
import { useServerErrors } from '../../ui/useServerErrors';
import { validators } from '../../ui/validators';
import { meQueryKey } from './session';

function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

export function ProfileDetailsForm({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: {
      name: user.name,
      phone: user.phone ?? '',
      language: user.language as Language,
      membershipNumber: user.membershipNumber ?? '',
    },
    validate: { name: validators(t).required },
  });
  const errors = useServerErrors(form);
  const formRef = useRef(form);
  formRef.current = form;
  const savedLanguage = useRef(user.language);

  // The header's language switch also saves the language; an untouched field follows it.
  useEffect(() => {
    const current = formRef.current;
    if (current.getValues().language === savedLanguage.current) {
      current.setFieldValue('language', user.language);
    }
    savedLanguage.current = user.language;
  }, [user.language]);

  const save = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.PATCH('/profile', {
          body: {
            name: values.name.trim(),
            phone: orNull(values.phone),
            language: values.language,
            membershipNumber: orNull(values.membershipNumber),
          },
        }),
      ),
    onMutate: errors.clear,
    onError: errors.handleError,
    onSuccess: (saved) => {
      queryClient.setQueryData<Me | null>(meQueryKey, (old) => (old ? { ...old, user: saved } : old));
      form.resetDirty();
      void setUiLanguage(saved.language);
      notify.success(t('profile.saved'));
    },
  });

  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="md">
        <FormError message={errors.formError} />
        <TextInput
          label={t('fields.email')}
          value={user.email}
          readOnly
          variant="filled"
          description={t('profile.emailFixed')}
        />
        <TextInput label={t('fields.name')} autoComplete="name" required {...form.getInputProps('name')} />
        <TextInput
          label={t('fields.phone')}
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          {...form.getInputProps('phone')}
        />
        <Select
          label={t('fields.language')}
          description={t('profile.languageHint')}
          data={[
            { value: 'sv', label: t('languages.sv') },
            { value: 'en', label: t('languages.en') },
          ]}
          allowDeselect={false}
          {...form.getInputProps('language')}
        />
        <TextInput
          label={t('fields.membershipNumber')}
          description={
            // A copy of the session kept for offline use may predate the membership state.
            user.membershipState && user.membershipState !== 'none'
              ? t(`profile.membershipState.${user.membershipState}`)
              : t('profile.membershipNumberHint')
          }
          {...form.getInputProps('membershipNumber')}
        />
        <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
