import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUnitCameras } from './queries';

interface CameraSelectProps {
  orgId: string;
  unitId: string;
  value: string | null;
  onChange: (cameraId: string | null) => void;
  error?: string;
}

/** CAM-2: naming the camera lets the system remind the manager to secure the footage in time. */
export function CameraSelect({ orgId, unitId, value, onChange, error }: CameraSelectProps) {
  const { t } = useTranslation();
  const cameras = useUnitCameras(orgId, unitId);
  if (!cameras.data || cameras.data.length === 0) return null;
  return (
    <Select
      label={t('report.camera')}
      description={t('report.cameraHelp')}
      clearable
      data={cameras.data.map((camera) => ({
        value: camera.id,
        label: t('report.cameraOption', { name: camera.name, placement: camera.placement }),
      }))}
      value={value}
      onChange={onChange}
      error={error}
      comboboxProps={{ withinPortal: false }}
    />
  );
}
