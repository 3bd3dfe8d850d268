import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface KNumberInputProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** POL-2: when the police already wrote a report on site, its K-nummer links the two. */
export function KNumberInput({ value, onChange, error }: KNumberInputProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('report.kNumber')}
      description={t('report.kNumberHelp')}
      placeholder="K123456-26"
      autoCapitalize="characters"
      autoComplete="off"
      maxLength={24}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
