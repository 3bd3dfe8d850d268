import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { parseOrgNumber } from '@vaksam/domain/identifiers/organisationsnummer';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { OrgLookup } from '../../api/types';
import { FormError } from '../../ui/FormError';
import { useServerErrors } from '../../ui/useServerErrors';

interface OrgLookupFormProps {
  onFound: (lookup: OrgLookup) => void;
  onChanged: () => void;
}

export function OrgLookupForm({ onFound, onChanged }: OrgLookupFormProps) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { orgNumber: '' },
    validate: {
      orgNumber: (value) => {
        if (!value.trim()) return t('validation.orgNumberRequired');
        const parsed = parseOrgNumber(value);
        if (parsed.ok) return null;
        return parsed.reason === 'checksum'
          ? t('validation.orgNumberChecksum')
          : t('validation.orgNumberFormat');
      },
    },
    onValuesChange: onChanged,
  });
  const errors = useServerErrors(form);
  const lookup = useMutation({
    mutationFn: (orgNumber: string) =>
      unwrap(api.GET('/orgs/lookup', { params: { query: { orgNumber: orgNumber.trim() } } })),
    onMutate: errors.clear,
    onError: errors.handleError,
    onSuccess: onFound,
  });

  return (
    <form onSubmit={form.onSubmit((values) => lookup.mutate(values.orgNumber))} noValidate>
      <Stack gap="md">
        <FormError message={errors.formError} />
        <TextInput
          label={t('fields.orgNumber')}
          description={t('registerOrJoin.orgNumberHint')}
          inputMode="numeric"
          autoComplete="off"
          required
          {...form.getInputProps('orgNumber')}
        />
        <Button type="submit" loading={lookup.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('registerOrJoin.search')}
        </Button>
      </Stack>
    </form>
  );
}
