import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../ui/RouterLinks';
import { useCamera } from './queries';

interface FootageLogLinkProps {
  incident: { id: string; orgId: string; cameraId: string | null; abilities: { handle: boolean } };
}

/**
 * CAM-3 on a report that names a camera: the camera, and for managers a link to log who looked at the
 * footage or what the police asked for, with this report already filled in.
 */
export function FootageLogLink({ incident }: FootageLogLinkProps) {
  const { t } = useTranslation();
  const camera = useCamera(incident.orgId, incident.cameraId ?? '');
  if (!incident.cameraId || !camera.data) return null;
  const cameraPage = `/o/${incident.orgId}/settings/cameras/${incident.cameraId}`;
  return (
    <Group justify="space-between" gap="xs">
      <Text size="sm">
        {t('footageLog.reportCamera', { name: camera.data.name, unit: camera.data.unitName })}
      </Text>
      {incident.abilities.handle ? (
        <TextLink to={`${cameraPage}?incident=${incident.id}#footage-log-form`} size="sm">
          {t('footageLog.logFromReport')}
        </TextLink>
      ) : null}
    </Group>
  );
}
