import { Radio, Stack, Text } from '@mantine/core';
import { type SharingLevel, sharingLabel, sharingLevels } from '@vaksam/domain/incidents/sharing';
import { useTranslation } from 'react-i18next';
import { useLang } from './labels';

interface SharingLevelChoiceProps {
  label: string;
  value: SharingLevel;
  onChange: (value: SharingLevel) => void;
  /** Levels that can be chosen today; the others are shown with why they cannot. */
  available: readonly SharingLevel[];
  error?: string | null;
}

const isLevel = (value: string): value is SharingLevel => sharingLevels.some((level) => level.code === value);

/** INC-10: the three levels as radio buttons, each with what it means for the report. */
export function SharingLevelChoice({ label, value, onChange, available, error }: SharingLevelChoiceProps) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Radio.Group
      label={label}
      value={value}
      onChange={(next) => isLevel(next) && onChange(next)}
      error={error}
    >
      <Stack gap="sm" mt="xs">
        {sharingLevels.map((level) => {
          const disabled = !available.includes(level.code);
          return (
            <Radio
              key={level.code}
              value={level.code}
              disabled={disabled}
              label={sharingLabel(level.code, lang)}
              description={
                <Text component="span" size="sm" c="dimmed">
                  {t(`sharing.descriptions.${level.code}`)}
                  {disabled ? ` ${t('sharing.unavailable')}` : ''}
                </Text>
              }
            />
          );
        })}
      </Stack>
    </Radio.Group>
  );
}
