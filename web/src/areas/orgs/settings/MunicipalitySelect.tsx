import { Select, type SelectProps } from '@mantine/core';
import { counties, municipalities } from '@vaksam/domain/taxonomy/geo';
import { useTranslation } from 'react-i18next';
import { groupedFilter } from '../../../ui/groupedFilter';

/** All 290 kommuner grouped by län; typing a län's name lists its kommuner. */
const MUNICIPALITY_GROUPS = counties.map((county) => ({
  group: county.name,
  items: municipalities
    .filter((m) => m.countyCode === county.code)
    .map((m) => ({ value: m.code, label: m.shortName }))
    .sort((a, b) => a.label.localeCompare(b.label, 'sv')),
}));

export function MunicipalitySelect(props: Omit<SelectProps, 'data'>) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('fields.municipality')}
      placeholder={t('units.municipalityPlaceholder')}
      data={MUNICIPALITY_GROUPS}
      filter={groupedFilter}
      searchable
      nothingFoundMessage={t('common.nothingFound')}
      maxDropdownHeight={320}
      {...props}
    />
  );
}
