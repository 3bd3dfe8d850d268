import { Group, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { WARNING_LIMITS } from '@vaksam/domain/warnings';
import { useTranslation } from 'react-i18next';
import type { WarningFormValues } from './formValues';
import type { Severity } from './queries';

const SEVERITIES: Severity[] = ['info', 'warning', 'critical'];

/** What the recipients read: the text, how serious it is, where it comes from and how long it holds. */
export function TextFields({ form }: { form: UseFormReturnType<WarningFormValues> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <TextInput
        label={t('warnings.form.title')}
        required
        maxLength={WARNING_LIMITS.title}
        {...form.getInputProps('title')}
      />
      <Radio.Group label={t('warnings.form.severity')} required {...form.getInputProps('severity')}>
        <Group gap="lg" mt="xs">
          {SEVERITIES.map((severity) => (
            <Radio key={severity} value={severity} label={t(`warnings.severity.${severity}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Textarea
        label={t('warnings.form.body')}
        description={t('warnings.form.bodyHelp')}
        required
        autosize
        minRows={5}
        maxRows={20}
        maxLength={WARNING_LIMITS.body}
        {...form.getInputProps('body')}
      />
      <Textarea
        label={t('warnings.form.actions')}
        description={t('warnings.form.actionsHelp')}
        autosize
        minRows={3}
        maxRows={12}
        maxLength={WARNING_LIMITS.actions}
        {...form.getInputProps('actions')}
      />
      <TextInput
        label={t('warnings.form.source')}
        description={t('warnings.form.sourceHelp')}
        maxLength={WARNING_LIMITS.source}
        {...form.getInputProps('source')}
      />
      <TextInput
        type="datetime-local"
        label={t('warnings.form.validFrom')}
        description={t('warnings.form.validFromHelp')}
        {...form.getInputProps('validFrom')}
      />
      <TextInput
        type="datetime-local"
        label={t('warnings.form.validUntil')}
        description={t('warnings.form.validUntilHelp')}
        min={form.getValues().validFrom || undefined}
        {...form.getInputProps('validUntil')}
      />
    </Stack>
  );
}
