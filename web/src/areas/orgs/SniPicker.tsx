import { Select, Stack } from '@mantine/core';
import { findSniDivision, sniDivisions, sniSections } from '@vaksam/domain/taxonomy/sni';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { groupedFilter } from '../../ui/groupedFilter';

interface SniPickerProps {
  /** An SNI code; deeper codes than a division are shown as their division. */
  value: string | null;
  onChange: (code: string | null) => void;
  error?: ReactNode;
}

/** Industry by SNI 2007: pick a section to narrow the list, then a division (both searchable). */
export function SniPicker({ value, onChange, error }: SniPickerProps) {
  const { t } = useTranslation();
  const english = currentLanguage() === 'en';
  const division = value ? findSniDivision(value) : undefined;
  const [chosenSection, setChosenSection] = useState<string | null>(null);
  const section = division?.section ?? chosenSection;

  const sectionOptions = useMemo(
    () =>
      sniSections.map((s) => ({ value: s.letter, label: `${s.letter} – ${english ? s.nameEn : s.nameSv}` })),
    [english],
  );
  const divisionOptions = useMemo(
    () =>
      sniSections
        .filter((s) => !section || s.letter === section)
        .map((s) => ({
          group: english ? s.nameEn : s.nameSv,
          items: sniDivisions
            .filter((d) => d.section === s.letter)
            .map((d) => ({ value: d.code, label: `${d.code} ${english ? d.nameEn : d.nameSv}` })),
        })),
    [english, section],
  );

  return (
    <Stack gap="sm">
      <Select
        label={t('sni.section')}
        description={t('sni.sectionHint')}
        data={sectionOptions}
        value={section}
        onChange={(letter) => {
          setChosenSection(letter);
          if (division && division.section !== letter) onChange(null);
        }}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('sni.clearSection') }}
        nothingFoundMessage={t('common.nothingFound')}
      />
      <Select
        label={t('sni.division')}
        data={divisionOptions}
        value={division?.code ?? null}
        onChange={(code) => {
          onChange(code);
          const picked = code ? findSniDivision(code) : undefined;
          if (picked) setChosenSection(picked.section);
        }}
        filter={groupedFilter}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('sni.clearDivision') }}
        nothingFoundMessage={t('common.nothingFound')}
        error={error}
      />
    </Stack>
  );
}
