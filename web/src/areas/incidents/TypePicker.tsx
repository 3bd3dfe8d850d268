import { Button, Fieldset, Group, SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type IncidentType, incidentTypes, typeLabel, useLang } from './labels';

interface TypePickerProps {
  value: IncidentType | null;
  onChange: (type: IncidentType) => void;
  error?: string;
}

/** Large tappable choices in the order reporters most often need them; folds to the choice once made. */
export function TypePicker({ value, onChange, error }: TypePickerProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [open, setOpen] = useState(value === null);
  const showAll = open || value === null;

  return (
    <Fieldset legend={t('report.type')} variant="unstyled" classNames={{ legend: 'report-legend' }}>
      {showAll ? (
        <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
          {incidentTypes.map((entry) => (
            <Button
              key={entry.code}
              variant={entry.code === value ? 'filled' : 'default'}
              aria-pressed={entry.code === value}
              size="md"
              h="auto"
              mih={48}
              py={8}
              styles={{
                label: { whiteSpace: 'normal', textAlign: 'center', lineHeight: 1.25, overflow: 'visible' },
                inner: { overflowWrap: 'anywhere', hyphens: 'auto' },
              }}
              className="type-choice"
              onClick={() => {
                onChange(entry.code);
                setOpen(false);
              }}
            >
              {entry.label[lang]}
            </Button>
          ))}
        </SimpleGrid>
      ) : (
        <Group justify="space-between" gap="sm" wrap="nowrap">
          <Text fw={600} size="lg">
            {typeLabel(value, lang)}
          </Text>
          <Button variant="subtle" onClick={() => setOpen(true)}>
            {t('report.changeType')}
          </Button>
        </Group>
      )}
      {error ? (
        <Text c="red.8" size="sm" mt={4} role="alert">
          {error}
        </Text>
      ) : null}
    </Fieldset>
  );
}
