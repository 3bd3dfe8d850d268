import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { LoadError } from '../../ui/LoadError';
import { PageLoader } from '../../ui/PageLoader';
import { TextLink } from '../../ui/RouterLinks';
import { useSettingsOrg } from '../orgs/settings/context';
import { NoAccess } from '../orgs/settings/NoAccess';
import { CameraForm } from './CameraForm';
import { useCamera } from './queries';

/** Add a camera (`cameras/new`, optionally `?unit=`) or edit one (`cameras/:cameraId/edit`). */
export function CameraFormPage() {
  const { t } = useTranslation();
  const org = useSettingsOrg();
  const { cameraId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const camera = useCamera(org.id, cameraId);
  const canEdit = org.abilities.manageUnits;
  const back = cameraId ? `/o/${org.id}/settings/cameras/${cameraId}` : `/o/${org.id}/settings/cameras`;

  return (
    <Stack gap="md">
      <TextLink to={back} size="sm">
        {cameraId ? t('cameras.backToCamera') : t('cameras.back')}
      </TextLink>
      <Title order={2}>{cameraId ? t('cameras.editTitle') : t('cameras.newTitle')}</Title>
      {!canEdit ? <NoAccess /> : null}
      {canEdit && !cameraId ? <CameraForm orgId={org.id} unitId={searchParams.get('unit')} /> : null}
      {canEdit && cameraId && camera.isPending ? <PageLoader /> : null}
      {camera.isError ? <LoadError error={camera.error} onRetry={() => void camera.refetch()} /> : null}
      {canEdit && camera.data ? <CameraForm orgId={org.id} camera={camera.data} /> : null}
    </Stack>
  );
}
