import { Button, CloseButton, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/FormError';
import { LoadError } from '../../ui/LoadError';
import { notify } from '../../ui/notify';
import { PageLoader } from '../../ui/PageLoader';
import { Section } from '../../ui/Section';
import { useServerErrors } from '../../ui/useServerErrors';
import { CrisisReads } from './CrisisReads';
import { CRISIS_LIMITS, type CrisisProfile, useCrisisProfile, useSaveCrisisProfile } from './queries';

type Kin = { key: string; name: string; relation: string; phone: string };
type Values = {
  alternativePhone: string;
  personnummer: string;
  address: string;
  nextOfKin: Kin[];
};

const valuesOf = (profile: CrisisProfile): Values => ({
  alternativePhone: profile.alternativePhone ?? '',
  personnummer: profile.personnummer ?? '',
  address: profile.address ?? '',
  nextOfKin: profile.nextOfKin.map((kin) => ({ key: randomId(), ...kin })),
});

/** ACC-5 on the profile page: what a crisis admin may need to reach me or my family, and who has looked. */
export function CrisisProfileSection() {
  const { t } = useTranslation();
  const profile = useCrisisProfile();
  return (
    <Section title={t('crisis.profile.title')} description={t('crisis.profile.lead')}>
      {profile.isPending ? <PageLoader /> : null}
      {profile.isError ? <LoadError error={profile.error} onRetry={() => void profile.refetch()} /> : null}
      {profile.isSuccess ? <CrisisProfileForm profile={profile.data} /> : null}
      <CrisisReads />
    </Section>
  );
}

function CrisisProfileForm({ profile }: { profile: CrisisProfile }) {
  const { t } = useTranslation();
  const save = useSaveCrisisProfile();
  const form = useForm<Values>({
    initialValues: valuesOf(profile),
    validate: {
      nextOfKin: {
        name: (value) => (value.trim() ? null : t('crisis.profile.kinNameRequired')),
        relation: (value) => (value.trim() ? null : t('crisis.profile.kinRelationRequired')),
        phone: (value) => (value.trim() ? null : t('crisis.profile.kinPhoneRequired')),
      },
    },
  });
  const errors = useServerErrors(form);
  const kin = form.getValues().nextOfKin;

  const submit = (values: Values) =>
    save.mutate(
      {
        alternativePhone: values.alternativePhone.trim() || null,
        personnummer: values.personnummer.trim() || null,
        address: values.address.trim() || null,
        nextOfKin: values.nextOfKin.map(({ name, relation, phone }) => ({
          name: name.trim(),
          relation: relation.trim(),
          phone: phone.trim(),
        })),
      },
      {
        onSuccess: (saved) => {
          form.setValues(valuesOf(saved));
          form.resetDirty(valuesOf(saved));
          notify.success(t('crisis.profile.saved'));
        },
        onError: errors.handleError,
      },
    );

  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack gap="md">
        <TextInput
          label={t('crisis.profile.alternativePhone')}
          description={t('crisis.profile.alternativePhoneHelp')}
          type="tel"
          autoComplete="tel"
          {...form.getInputProps('alternativePhone')}
        />
        <TextInput
          label={t('crisis.profile.personnummer')}
          description={t('crisis.profile.personnummerHelp')}
          autoComplete="off"
          inputMode="numeric"
          {...form.getInputProps('personnummer')}
        />
        <Textarea
          label={t('crisis.profile.address')}
          autosize
          minRows={2}
          maxLength={CRISIS_LIMITS.address}
          autoComplete="street-address"
          {...form.getInputProps('address')}
        />
        <Stack gap="sm" role="group" aria-labelledby="crisis-kin-label">
          <Text fw={600} id="crisis-kin-label">
            {t('crisis.profile.nextOfKin')}
          </Text>
          {kin.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('crisis.profile.noKin')}
            </Text>
          ) : null}
          {kin.map((row, index) => (
            <Stack key={row.key} gap="xs" className="crisis-kin-row">
              <Group justify="space-between" gap="xs">
                <Text size="sm" fw={500}>
                  {t('crisis.profile.kinNumber', { number: index + 1 })}
                </Text>
                <CloseButton
                  aria-label={t('crisis.profile.removeKin', { number: index + 1 })}
                  onClick={() => form.removeListItem('nextOfKin', index)}
                />
              </Group>
              <TextInput
                label={t('crisis.profile.kinName')}
                maxLength={CRISIS_LIMITS.name}
                {...form.getInputProps(`nextOfKin.${index}.name`)}
              />
              <TextInput
                label={t('crisis.profile.kinRelation')}
                placeholder={t('crisis.profile.kinRelationPlaceholder')}
                maxLength={CRISIS_LIMITS.relation}
                {...form.getInputProps(`nextOfKin.${index}.relation`)}
              />
              <TextInput
                label={t('crisis.profile.kinPhone')}
                type="tel"
                {...form.getInputProps(`nextOfKin.${index}.phone`)}
              />
            </Stack>
          ))}
          <Group>
            <Button
              variant="default"
              size="sm"
              disabled={kin.length >= CRISIS_LIMITS.nextOfKin}
              onClick={() =>
                form.insertListItem('nextOfKin', { key: randomId(), name: '', relation: '', phone: '' })
              }
            >
              {t('crisis.profile.addKin')}
            </Button>
          </Group>
        </Stack>
        <FormError message={errors.formError} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('crisis.profile.save')}
          </Button>
        </Group>
        {profile.updatedAt ? (
          <Text size="xs" c="dimmed">
            {t('crisis.profile.encrypted')}
          </Text>
        ) : null}
      </Stack>
    </form>
  );
}
