import { Button, Fieldset, Group, Radio, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/FormError';
import { focusFirstInvalid } from '../../ui/focusFirstInvalid';
import { ButtonLink } from '../../ui/RouterLinks';
import { useServerErrors } from '../../ui/useServerErrors';
import { MunicipalitySelect } from '../orgs/settings/MunicipalitySelect';
import {
  GROUP_KINDS,
  type Group as GroupData,
  type GroupInput,
  type GroupKind,
  type GroupSettings,
  LIMITS,
} from './queries';

export interface GroupFormValues {
  name: string;
  kind: GroupKind;
  description: string;
  kommunCode: string | null;
  openForApplications: boolean;
  /** YYYY-MM-DD, or empty; event groups only. */
  endsOn: string;
  settings: GroupSettings;
}

export const NEW_GROUP: GroupFormValues = {
  name: '',
  kind: 'local',
  description: '',
  kommunCode: null,
  openForApplications: false,
  endsOn: '',
  settings: { membersMayShareIncidents: true, membersMayPost: true, moderation: false },
};

export function valuesOf(group: GroupData): GroupFormValues {
  return {
    name: group.name,
    kind: group.kind,
    description: group.description,
    kommunCode: group.kommun?.code ?? null,
    openForApplications: group.openForApplications,
    endsOn: group.endsOn ?? '',
    settings: group.settings,
  };
}

export function toBody(values: GroupFormValues): Required<Omit<GroupInput, 'area'>> {
  return {
    name: values.name.trim(),
    kind: values.kind,
    description: values.description.trim(),
    kommunCode: values.kommunCode,
    openForApplications: values.openForApplications,
    endsOn: values.kind === 'event' && values.endsOn ? values.endsOn : null,
    settings: values.settings,
  };
}

/** The last day of an event may be today at the earliest, in Swedish time. */
const stockholmToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/** GRP-1, GRP-3: a group's description and the rules its admins set; for a new group and for its settings. */
export function GroupForm({
  initialValues,
  onSave,
  submitLabel,
  cancelTo,
  disabled = false,
}: {
  initialValues: GroupFormValues;
  onSave: (values: GroupFormValues) => Promise<unknown>;
  submitLabel: string;
  cancelTo?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<GroupFormValues>({
    initialValues,
    validate: {
      name: (value) => (value.trim().length >= 2 ? null : t('groups.form.nameRequired')),
      endsOn: (value, values) => (values.kind === 'event' && !value ? t('groups.form.endsOnRequired') : null),
    },
  });
  const errors = useServerErrors(form);
  const showErrors = () => focusFirstInvalid(formRef.current);
  const save = useMutation({
    mutationFn: onSave,
    onMutate: errors.clear,
    onError: (error) => {
      errors.handleError(error);
      showErrors();
    },
    onSuccess: () => form.resetDirty(),
  });
  const { kind } = form.getValues();

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={form.onSubmit(
        (values) => save.mutate(values),
        () => showErrors(),
      )}
    >
      <Stack gap="lg">
        <TextInput
          label={t('groups.form.name')}
          required
          maxLength={LIMITS.name}
          disabled={disabled}
          {...form.getInputProps('name')}
        />
        <Radio.Group
          label={t('groups.form.kind')}
          labelProps={{ fz: 'md' }}
          required
          {...form.getInputProps('kind')}
        >
          <Stack gap="xs" mt="xs">
            {GROUP_KINDS.map((value) => (
              <Radio
                key={value}
                value={value}
                disabled={disabled}
                label={t(`groups.kind.${value}`)}
                description={t(`groups.kindHelp.${value}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        {kind === 'event' ? (
          <TextInput
            type="date"
            label={t('groups.form.endsOn')}
            description={t('groups.form.endsOnHelp')}
            required
            min={stockholmToday()}
            disabled={disabled}
            {...form.getInputProps('endsOn')}
            style={{ maxWidth: 240 }}
          />
        ) : null}
        <Textarea
          label={t('groups.form.description')}
          description={t('groups.form.descriptionHelp')}
          autosize
          minRows={3}
          maxLength={LIMITS.description}
          disabled={disabled}
          {...form.getInputProps('description')}
        />
        <MunicipalitySelect
          description={t('groups.form.kommunHelp')}
          clearable
          clearButtonProps={{ 'aria-label': t('groups.clearKommun') }}
          comboboxProps={{ withinPortal: false }}
          disabled={disabled}
          {...form.getInputProps('kommunCode')}
        />
        <Switch
          size="md"
          label={t('groups.form.open')}
          description={t('groups.form.openHelp')}
          disabled={disabled}
          {...form.getInputProps('openForApplications', { type: 'checkbox' })}
        />
        <Fieldset
          legend={t('groups.form.rules')}
          variant="unstyled"
          p={0}
          m={0}
          styles={{ legend: { padding: 0, fontWeight: 500, fontSize: 'var(--mantine-font-size-md)' } }}
        >
          <Stack gap="md" mt="xs">
            <Switch
              size="md"
              label={t('groups.form.mayPost')}
              description={t('groups.form.mayPostHelp')}
              disabled={disabled}
              {...form.getInputProps('settings.membersMayPost', { type: 'checkbox' })}
            />
            <Switch
              size="md"
              label={t('groups.form.moderation')}
              description={t('groups.form.moderationHelp')}
              disabled={disabled}
              {...form.getInputProps('settings.moderation', { type: 'checkbox' })}
            />
            <Switch
              size="md"
              label={t('groups.form.mayShare')}
              description={t('groups.form.mayShareHelp')}
              disabled={disabled}
              {...form.getInputProps('settings.membersMayShareIncidents', { type: 'checkbox' })}
            />
          </Stack>
        </Fieldset>
        <FormError message={errors.formError} />
        {disabled ? null : (
          <Group gap="sm">
            <Button type="submit" loading={save.isPending}>
              {submitLabel}
            </Button>
            {cancelTo ? (
              <ButtonLink to={cancelTo} variant="default">
                {t('common.cancel')}
              </ButtonLink>
            ) : null}
          </Group>
        )}
      </Stack>
    </form>
  );
}
