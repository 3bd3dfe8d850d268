import { Button, Group, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { WARNING_LIMITS } from '@vaksam/domain/warnings';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaMap, type AreaShapes } from './AreaMap';
import { type GeoPoint, radiusOf, type WarningFormValues } from './formValues';

type Mode = 'polygon' | 'circle';

// The bounds of geoPointSchema in @vaksam/domain/warnings: a point outside them is refused by the server.
const inSweden = (point: GeoPoint) =>
  point.latitude >= 55 && point.latitude <= 69.1 && point.longitude >= 10.9 && point.longitude <= 24.2;

const coordinates = (point: GeoPoint) => `${point.latitude.toFixed(4)}, ${point.longitude.toFixed(4)}`;

/** WARN-2: an area on the map, as a polygon clicked corner by corner or as a circle around a clicked centre. */
export function AreaFields({
  form,
  readOnly,
}: {
  form: UseFormReturnType<WarningFormValues>;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const { corners, circle, otherPolygons, otherCircles } = form.getValues();
  const [mode, setMode] = useState<Mode>(corners.length === 0 && circle.center ? 'circle' : 'polygon');
  const [outside, setOutside] = useState(false);
  const centreOf = useRef<() => GeoPoint | null>(() => null);
  const onCentre = useCallback((centre: () => GeoPoint | null) => {
    centreOf.current = centre;
  }, []);

  const radius = radiusOf(circle);
  const shapes = useMemo<AreaShapes>(
    () => ({
      corners,
      circle: circle.center
        ? { center: circle.center, radiusKm: Number.isFinite(radius) ? radius : 0 }
        : null,
      otherPolygons,
      otherCircles,
    }),
    [corners, circle.center, radius, otherPolygons, otherCircles],
  );

  const pick = (point: GeoPoint | null) => {
    if (readOnly || !point) return;
    if (!inSweden(point)) {
      setOutside(true);
      return;
    }
    setOutside(false);
    if (mode === 'circle') form.setFieldValue('circle.center', point);
    else if (corners.length < WARNING_LIMITS.polygonPoints)
      form.setFieldValue('corners', [...corners, point]);
  };

  const otherCount = otherPolygons.length + otherCircles.length;
  return (
    <Stack gap="sm">
      <Text fw={500} size="sm" id="warning-area-label">
        {t('warnings.form.area')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('warnings.form.areaHelp')}
      </Text>
      {readOnly ? null : (
        <SegmentedControl
          aria-label={t('warnings.form.areaMode')}
          value={mode}
          onChange={(value) => setMode(value === 'circle' ? 'circle' : 'polygon')}
          data={[
            { value: 'polygon', label: t('warnings.form.modePolygon') },
            { value: 'circle', label: t('warnings.form.modeCircle') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
      )}
      <AreaMap
        shapes={shapes}
        onPick={pick}
        onCentre={onCentre}
        label={mode === 'circle' ? t('warnings.form.mapCircle') : t('warnings.form.mapPolygon')}
      />
      {outside ? (
        <Text size="sm" c="red.8" role="alert">
          {t('warnings.form.outsideSweden')}
        </Text>
      ) : null}
      {mode === 'polygon' ? (
        <Stack gap="xs">
          <Text size="sm" aria-live="polite">
            {corners.length === 0
              ? t('warnings.form.noCorners')
              : t(`warnings.form.corners.${corners.length === 1 ? 'one' : 'many'}`, {
                  count: corners.length,
                })}
          </Text>
          {form.errors.corners ? (
            <Text size="sm" c="red.8" role="alert">
              {form.errors.corners}
            </Text>
          ) : null}
          {readOnly ? null : (
            <Group gap="sm">
              <Button variant="default" size="sm" onClick={() => pick(centreOf.current())}>
                {t('warnings.form.cornerAtCentre')}
              </Button>
              <Button
                variant="default"
                size="sm"
                disabled={corners.length === 0}
                onClick={() => form.setFieldValue('corners', corners.slice(0, -1))}
              >
                {t('warnings.form.undoCorner')}
              </Button>
              <Button
                variant="subtle"
                color="red"
                size="sm"
                disabled={corners.length === 0}
                onClick={() => form.setFieldValue('corners', [])}
              >
                {t('warnings.form.clearCorners')}
              </Button>
            </Group>
          )}
        </Stack>
      ) : (
        <Stack gap="xs">
          <Text size="sm" aria-live="polite">
            {circle.center
              ? t('warnings.form.circleCentre', { position: coordinates(circle.center) })
              : t('warnings.form.noCircle')}
          </Text>
          <NumberInput
            label={t('warnings.form.radius')}
            min={0.1}
            max={WARNING_LIMITS.radiusKm}
            step={1}
            decimalScale={1}
            decimalSeparator=","
            allowNegative={false}
            readOnly={readOnly}
            w={180}
            {...form.getInputProps('circle.radiusKm')}
          />
          {readOnly ? null : (
            <Group gap="sm">
              <Button variant="default" size="sm" onClick={() => pick(centreOf.current())}>
                {t('warnings.form.centreAtCentre')}
              </Button>
              <Button
                variant="subtle"
                color="red"
                size="sm"
                disabled={!circle.center}
                onClick={() => form.setFieldValue('circle.center', null)}
              >
                {t('warnings.form.removeCircle')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
      {otherCount > 0 ? (
        <Group gap="sm" justify="space-between">
          <Text size="sm">{t('warnings.form.otherAreas', { count: otherCount })}</Text>
          {readOnly ? null : (
            <Button
              variant="subtle"
              color="red"
              size="sm"
              onClick={() => {
                form.setFieldValue('otherPolygons', []);
                form.setFieldValue('otherCircles', []);
              }}
            >
              {t('warnings.form.removeOtherAreas')}
            </Button>
          )}
        </Group>
      ) : null}
    </Stack>
  );
}
