import { Alert, Fieldset, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AreaFields } from './AreaFields';
import { targetingOf, type WarningFormValues } from './formValues';
import { IndustrySelect } from './IndustrySelect';
import { RecipientPreviewButton } from './RecipientPreviewButton';
import { RegionSelects } from './RegionSelects';

interface TargetingFieldsProps {
  form: UseFormReturnType<WarningFormValues>;
  groupId: string | null;
  readOnly: boolean;
  onPreviewError: (error: unknown) => void;
}

/**
 * WARN-2: who the warning concerns. Each kind narrows (industry and region and area); within a kind any one
 * choice is enough. A group's warning may narrow by nothing and then reaches every member.
 */
export function TargetingFields({ form, groupId, readOnly, onPreviewError }: TargetingFieldsProps) {
  const { t } = useTranslation();
  const values = form.getValues();
  const error = form.errors.targeting;
  return (
    <Fieldset legend={t('warnings.form.targeting')} radius="md">
      <Stack gap="md">
        <Text size="sm">
          {groupId ? t('warnings.form.targetingGroupLead') : t('warnings.form.targetingLead')}
        </Text>
        {error ? (
          <Alert color="red" variant="light" title={t('warnings.form.targetingErrorTitle')} role="alert">
            {error}
          </Alert>
        ) : null}
        <IndustrySelect value={values.sni} onChange={(codes) => form.setFieldValue('sni', codes)} />
        <RegionSelects
          counties={values.counties}
          municipalities={values.municipalities}
          onCounties={(codes) => form.setFieldValue('counties', codes)}
          onMunicipalities={(codes) => form.setFieldValue('municipalities', codes)}
        />
        <AreaFields form={form} readOnly={readOnly} />
        {values.orgIds.length > 0 ? (
          <Text size="sm">{t('warnings.form.namedOrganisations', { count: values.orgIds.length })}</Text>
        ) : null}
        <RecipientPreviewButton groupId={groupId} targeting={targetingOf(values)} onError={onPreviewError} />
      </Stack>
    </Fieldset>
  );
}
