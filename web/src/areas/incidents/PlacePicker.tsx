import { Button, Chip, Fieldset, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface PlacePickerProps {
  units: { id: string; name: string }[];
  unitId: string | null;
  latitude: number | null;
  longitude: number | null;
  onUnit: (unitId: string | null) => void;
  onPosition: (position: { latitude: number; longitude: number } | null) => void;
  error?: string;
}

const MAX_CHIPS = 6;

/** Where: one of the organisation's units (one tap when they are few) or the phone's position. */
export function PlacePicker({
  units,
  unitId,
  latitude,
  longitude,
  onUnit,
  onPosition,
  error,
}: PlacePickerProps) {
  const { t } = useTranslation();
  const [locating, setLocating] = useState(false);
  const [geoError, setGeoError] = useState<string | null>(null);
  const hasPosition = latitude !== null && longitude !== null;

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setGeoError(t('report.geoUnavailable'));
      return;
    }
    setLocating(true);
    setGeoError(null);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        onPosition({
          latitude: Number(position.coords.latitude.toFixed(6)),
          longitude: Number(position.coords.longitude.toFixed(6)),
        });
      },
      () => {
        setLocating(false);
        setGeoError(t('report.geoDenied'));
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  return (
    <Fieldset legend={t('report.where')} variant="unstyled" classNames={{ legend: 'report-legend' }}>
      <Stack gap="sm">
        {units.length > 0 && units.length <= MAX_CHIPS ? (
          <Chip.Group
            value={unitId ?? ''}
            onChange={(next) => onUnit(typeof next === 'string' && next ? next : null)}
          >
            <Group gap="xs">
              {units.map((unit) => (
                <Chip key={unit.id} value={unit.id} size="md" radius="md">
                  {unit.name}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        ) : null}
        {units.length > MAX_CHIPS ? (
          <Select
            label={t('report.unit')}
            searchable
            clearable
            data={units.map((unit) => ({ value: unit.id, label: unit.name }))}
            value={unitId}
            onChange={onUnit}
            nothingFoundMessage={t('common.nothingFound')}
            comboboxProps={{ withinPortal: false }}
          />
        ) : null}
        {hasPosition ? (
          <Group justify="space-between" gap="sm" wrap="nowrap">
            <Text size="sm">
              {t('report.position', { lat: latitude.toFixed(5), lng: longitude.toFixed(5) })}
            </Text>
            <Button variant="subtle" size="sm" onClick={() => onPosition(null)}>
              {t('report.removePosition')}
            </Button>
          </Group>
        ) : (
          <Button variant="light" onClick={locate} loading={locating} style={{ alignSelf: 'flex-start' }}>
            {t('report.useMyPosition')}
          </Button>
        )}
        {geoError ? (
          <Text size="sm" c="red.8" role="alert">
            {geoError}
          </Text>
        ) : null}
        {error ? (
          <Text size="sm" c="red.8" role="alert">
            {error}
          </Text>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
