import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { parseKNumber } from '@vaksam/domain/identifiers/knummer';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/FormError';
import { notify } from '../../ui/notify';
import { useServerErrors } from '../../ui/useServerErrors';
import { useConfirmPoliceReport, useRecordPoliceReference } from './queries';

type Props = {
  incidentId: string;
  current: string | null;
  /** `confirm` when a sent police report waits for it: recording it then also confirms the report. */
  mode: 'confirm' | 'reference';
};

/** POL-2: shows the police's K-nummer, or records it, checked as it is typed. */
export function KNumberForm({ incidentId, current, mode }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(current === null);
  const confirm = useConfirmPoliceReport(incidentId);
  const record = useRecordPoliceReference(incidentId);
  const form = useForm({
    initialValues: { kNumber: current ?? '' },
    validate: {
      kNumber: (value) => {
        if (!value.trim()) return t('police.kNumberRequired');
        return parseKNumber(value).ok ? null : t('police.kNumberInvalid');
      },
    },
    validateInputOnBlur: true,
  });
  const serverErrors = useServerErrors(form);
  const mutation = mode === 'confirm' ? confirm : record;
  const parsed = parseKNumber(form.values.kNumber);

  const save = (kNumber: string) => {
    serverErrors.clear();
    mutation.mutate(kNumber, {
      onError: serverErrors.handleError,
      onSuccess: () => {
        const normalized = parsed.ok ? parsed.value.normalized : kNumber;
        notify.success(
          mode === 'confirm'
            ? t('police.confirmedNotice', { kNumber: normalized })
            : t('police.kNumberSaved', { kNumber: normalized }),
        );
        form.setValues({ kNumber: normalized });
        form.resetDirty();
        setEditing(false);
      },
    });
  };

  if (!editing && current) {
    return (
      <Group justify="space-between" align="center" gap="sm">
        <Stack gap={0}>
          <Text size="sm" c="dimmed">
            {t('police.kNumber')}
          </Text>
          <Text fw={700} size="lg" data-testid="k-number">
            {current}
          </Text>
        </Stack>
        <Button variant="default" size="sm" onClick={() => setEditing(true)}>
          {t('police.changeKNumber')}
        </Button>
      </Group>
    );
  }

  return (
    <form onSubmit={form.onSubmit((values) => save(values.kNumber))} noValidate>
      <Stack gap="sm">
        <FormError message={serverErrors.formError} />
        <TextInput
          label={t('police.kNumber')}
          description={
            parsed.ok && parsed.value.normalized !== form.values.kNumber.trim()
              ? t('police.kNumberNormalized', { kNumber: parsed.value.normalized })
              : t('police.kNumberHelp')
          }
          placeholder="K123456-26"
          autoComplete="off"
          spellCheck={false}
          required
          {...form.getInputProps('kNumber')}
          onChange={(event) => {
            form.getInputProps('kNumber').onChange(event);
            // Once an error shows, it goes away as soon as the number is right.
            if (form.errors.kNumber && parseKNumber(event.currentTarget.value).ok)
              form.clearFieldError('kNumber');
          }}
        />
        <Group gap="sm">
          <Button type="submit" loading={mutation.isPending}>
            {mode === 'confirm' ? t('police.confirm') : t('police.saveKNumber')}
          </Button>
          {current ? (
            <Button
              variant="default"
              onClick={() => {
                form.setValues({ kNumber: current });
                form.clearErrors();
                serverErrors.clear();
                setEditing(false);
              }}
            >
              {t('common.cancel')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
