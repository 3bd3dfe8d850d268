import { MultiSelect, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { groupedFilter } from '../../ui/groupedFilter';
import { countyOptions, municipalityOptions } from './targetingOptions';

interface RegionSelectsProps {
  counties: string[];
  municipalities: string[];
  onCounties: (codes: string[]) => void;
  onMunicipalities: (codes: string[]) => void;
}

/** Län, then kommuner; with län chosen only their kommuner are offered, to keep a long list short. */
export function RegionSelects({
  counties,
  municipalities,
  onCounties,
  onMunicipalities,
}: RegionSelectsProps) {
  const { t } = useTranslation();
  const kommunOptions = useMemo(() => municipalityOptions(counties), [counties]);
  return (
    <Stack gap="sm">
      <MultiSelect
        label={t('warnings.form.counties')}
        data={countyOptions}
        value={counties}
        onChange={(codes) => {
          onCounties(codes);
          // A kommun outside the chosen län would be hidden from the list yet still sent.
          if (codes.length > 0) {
            const kept = municipalities.filter((code) => codes.includes(code.slice(0, 2)));
            if (kept.length !== municipalities.length) onMunicipalities(kept);
          }
        }}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('warnings.form.clearCounties') }}
        hidePickedOptions
        nothingFoundMessage={t('common.nothingFound')}
        maxDropdownHeight={320}
      />
      <MultiSelect
        label={t('warnings.form.municipalities')}
        description={
          counties.length > 0
            ? t('warnings.form.municipalitiesInCounties')
            : t('warnings.form.municipalitiesAll')
        }
        data={kommunOptions}
        value={municipalities}
        onChange={onMunicipalities}
        filter={groupedFilter}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('warnings.form.clearMunicipalities') }}
        hidePickedOptions
        nothingFoundMessage={t('common.nothingFound')}
        maxDropdownHeight={320}
      />
    </Stack>
  );
}
