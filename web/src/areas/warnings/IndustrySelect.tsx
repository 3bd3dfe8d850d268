import { MultiSelect } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { groupedFilter } from '../../ui/groupedFilter';
import { industryOptions } from './targetingOptions';

interface IndustrySelectProps {
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
}

/** SNI sections and divisions; a section chosen whole covers all its divisions. */
export function IndustrySelect({ value, onChange, error }: IndustrySelectProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const data = useMemo(
    () => industryOptions(lang, (label) => t('warnings.form.wholeSection', { section: label })),
    [lang, t],
  );
  return (
    <MultiSelect
      label={t('warnings.form.industry')}
      description={t('warnings.form.industryHelp')}
      data={data}
      value={value}
      onChange={onChange}
      filter={groupedFilter}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('warnings.form.clearIndustry') }}
      hidePickedOptions
      nothingFoundMessage={t('common.nothingFound')}
      maxDropdownHeight={320}
      error={error}
    />
  );
}
