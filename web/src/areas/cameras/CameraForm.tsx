import { Button, Checkbox, NumberInput, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { FormError } from '../../ui/FormError';
import { notify } from '../../ui/notify';
import { useServerErrors } from '../../ui/useServerErrors';
import { validators } from '../../ui/validators';
import { useOrgUnits } from '../incidents/queries';
import { type Camera, type CameraInput, cameraKeys } from './queries';

interface CameraFormValues {
  unitId: string | null;
  name: string;
  placement: string;
  purpose: string;
  signage: boolean;
  retentionDays: number | string;
  accessHolders: string[];
}

const RETENTION_MAX = 365;

function fromCamera(camera?: Camera, unitId?: string | null): CameraFormValues {
  return {
    unitId: camera?.unitId ?? unitId ?? null,
    name: camera?.name ?? '',
    placement: camera?.placement ?? '',
    purpose: camera?.purpose ?? '',
    signage: camera?.signage ?? true,
    retentionDays: camera?.retentionDays ?? 30,
    accessHolders: camera?.accessHolders ?? [],
  };
}

function toBody(values: CameraFormValues): CameraInput {
  return {
    name: values.name.trim(),
    placement: values.placement.trim(),
    purpose: values.purpose.trim(),
    signage: values.signage,
    retentionDays: Number(values.retentionDays),
    accessHolders: values.accessHolders.map((holder) => holder.trim()).filter(Boolean),
  };
}

/** CAM-1: what the camera policy asks to be written down for each camera. */
export function CameraForm({
  orgId,
  camera,
  unitId,
}: {
  orgId: string;
  camera?: Camera;
  unitId?: string | null;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const units = useOrgUnits(camera ? null : orgId);
  const check = validators(t);
  const form = useForm<CameraFormValues>({
    initialValues: fromCamera(camera, unitId),
    validate: {
      unitId: (value) => (camera || value ? null : t('cameras.unitRequired')),
      name: check.required,
      placement: check.required,
      purpose: check.required,
      retentionDays: (value) => {
        const days = Number(value);
        return value !== '' && Number.isInteger(days) && days >= 1 && days <= RETENTION_MAX
          ? null
          : t('cameras.retentionRange', { max: RETENTION_MAX });
      },
    },
  });
  const errors = useServerErrors(form);

  const save = useMutation({
    mutationFn: (values: CameraFormValues) =>
      camera
        ? unwrap(
            api.PATCH('/orgs/{orgId}/cameras/{cameraId}', {
              params: { path: { orgId, cameraId: camera.id } },
              body: toBody(values),
            }),
          )
        : unwrap(
            api.POST('/orgs/{orgId}/units/{unitId}/cameras', {
              params: { path: { orgId, unitId: values.unitId ?? '' } },
              body: toBody(values),
            }),
          ),
    onMutate: errors.clear,
    onError: errors.handleError,
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: cameraKeys.all(orgId) });
      queryClient.setQueryData(cameraKeys.one(orgId, saved.id), saved);
      notify.success(t('cameras.saved', { name: saved.name }));
      navigate(`/o/${orgId}/settings/cameras/${saved.id}`);
    },
  });

  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="md">
        <FormError message={errors.formError} />
        {camera ? null : (
          <Select
            label={t('cameras.fields.unit')}
            required
            searchable
            data={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
            nothingFoundMessage={t('common.nothingFound')}
            comboboxProps={{ withinPortal: false }}
            {...form.getInputProps('unitId')}
          />
        )}
        <TextInput
          label={t('cameras.fields.name')}
          description={t('cameras.help.name')}
          required
          maxLength={100}
          {...form.getInputProps('name')}
        />
        <Textarea
          label={t('cameras.fields.placement')}
          description={t('cameras.help.placement')}
          required
          autosize
          minRows={2}
          maxLength={300}
          {...form.getInputProps('placement')}
        />
        <Textarea
          label={t('cameras.fields.purpose')}
          description={t('cameras.help.purpose')}
          required
          autosize
          minRows={2}
          maxLength={500}
          {...form.getInputProps('purpose')}
        />
        <Checkbox
          label={t('cameras.fields.signage')}
          description={t('cameras.help.signage')}
          {...form.getInputProps('signage', { type: 'checkbox' })}
        />
        <NumberInput
          label={t('cameras.fields.retentionDays')}
          description={t('cameras.help.retentionDays')}
          required
          min={1}
          max={RETENTION_MAX}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('retentionDays')}
        />
        <TagsInput
          label={t('cameras.fields.accessHolders')}
          description={t('cameras.help.accessHolders')}
          maxTags={50}
          splitChars={[',', ';']}
          clearable
          {...form.getInputProps('accessHolders')}
        />
        <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
          {camera ? t('common.save') : t('cameras.create')}
        </Button>
      </Stack>
    </form>
  );
}
