import { Button, Fieldset, Group, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../../api/client';
import type { Unit, UnitInput } from '../../../api/types';
import { FormError } from '../../../ui/FormError';
import { MapPicker } from '../../../ui/MapPicker';
import { notify } from '../../../ui/notify';
import { useServerErrors } from '../../../ui/useServerErrors';
import { validators } from '../../../ui/validators';
import { orgKeys } from '../queries';
import { DeleteUnitButton } from './DeleteUnitButton';
import { MunicipalitySelect } from './MunicipalitySelect';

interface UnitFormValues {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  municipalityCode: string | null;
  latitude: number | string;
  longitude: number | string;
}

function fromUnit(unit?: Unit): UnitFormValues {
  return {
    name: unit?.name ?? '',
    street: unit?.street ?? '',
    postalCode: unit?.postalCode ?? '',
    city: unit?.city ?? '',
    municipalityCode: unit?.municipalityCode ?? null,
    latitude: unit?.latitude ?? '',
    longitude: unit?.longitude ?? '',
  };
}

function orNull(value: string): string | null {
  return value.trim() ? value.trim() : null;
}

function numberOrNull(value: number | string): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function toBody(values: UnitFormValues): UnitInput {
  return {
    name: values.name.trim(),
    street: orNull(values.street),
    postalCode: orNull(values.postalCode),
    city: orNull(values.city),
    municipalityCode: values.municipalityCode ?? '',
    latitude: numberOrNull(values.latitude),
    longitude: numberOrNull(values.longitude),
  };
}

export function UnitForm({ orgId, unit }: { orgId: string; unit?: Unit }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const check = validators(t);
  const form = useForm<UnitFormValues>({
    initialValues: fromUnit(unit),
    validate: {
      name: check.required,
      municipalityCode: (value) => (value ? null : t('validation.municipalityRequired')),
    },
  });
  const errors = useServerErrors(form);
  const back = `/o/${orgId}/settings/units`;

  const save = useMutation({
    mutationFn: (values: UnitFormValues) =>
      unit
        ? unwrap(
            api.PATCH('/orgs/{orgId}/units/{unitId}', {
              params: { path: { orgId, unitId: unit.id } },
              body: toBody(values),
            }),
          )
        : unwrap(api.POST('/orgs/{orgId}/units', { params: { path: { orgId } }, body: toBody(values) })),
    onMutate: errors.clear,
    onError: errors.handleError,
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: orgKeys.units(orgId) });
      queryClient.setQueryData(orgKeys.unit(orgId, saved.id), saved);
      notify.success(t('units.saved', { name: saved.name }));
      navigate(back);
    },
  });

  const lat = numberOrNull(form.values.latitude);
  const lng = numberOrNull(form.values.longitude);

  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="md">
        <FormError message={errors.formError} />
        <TextInput label={t('fields.unitName')} required {...form.getInputProps('name')} />
        <TextInput label={t('fields.street')} {...form.getInputProps('street')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput
            label={t('fields.postalCode')}
            inputMode="numeric"
            placeholder="123 45"
            {...form.getInputProps('postalCode')}
          />
          <TextInput label={t('fields.city')} {...form.getInputProps('city')} />
        </SimpleGrid>
        <MunicipalitySelect required {...form.getInputProps('municipalityCode')} />
        <Fieldset legend={t('units.position')} variant="unstyled">
          <Stack gap="sm">
            <MapPicker
              label={t('map.label')}
              value={lat !== null && lng !== null ? { lat, lng } : null}
              onChange={(position) => {
                form.setFieldValue('latitude', position ? position.lat : '');
                form.setFieldValue('longitude', position ? position.lng : '');
              }}
            />
            <SimpleGrid cols={2} spacing="md">
              <NumberInput
                label={t('fields.latitude')}
                decimalScale={6}
                step={0.0001}
                hideControls
                inputMode="decimal"
                {...form.getInputProps('latitude')}
              />
              <NumberInput
                label={t('fields.longitude')}
                decimalScale={6}
                step={0.0001}
                hideControls
                inputMode="decimal"
                {...form.getInputProps('longitude')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Group justify="space-between" gap="sm">
          <Button type="submit" loading={save.isPending}>
            {unit ? t('common.save') : t('units.create')}
          </Button>
          {unit ? <DeleteUnitButton orgId={orgId} unit={unit} onDeleted={() => navigate(back)} /> : null}
        </Group>
      </Stack>
    </form>
  );
}
