import { Alert, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { formatDate } from '../../ui/dates';
import { errorMessage } from '../../ui/errorMessage';
import { LoadError } from '../../ui/LoadError';
import { notify } from '../../ui/notify';
import { PageLoader } from '../../ui/PageLoader';
import { ButtonLink, TextLink } from '../../ui/RouterLinks';
import { Section } from '../../ui/Section';
import { useSettingsOrg } from '../orgs/settings/context';
import { FootageLog } from './FootageLog';
import { type Camera, cameraKeys, useCamera } from './queries';

/** One camera of the register: what is written down about it and, for managers, its footage log (CAM-3). */
export function CameraPage() {
  const { t } = useTranslation();
  const org = useSettingsOrg();
  const { cameraId = '' } = useParams();
  const camera = useCamera(org.id, cameraId);
  const keepsLog = org.myRole === 'manager' || org.myRole === 'security_contact';

  return (
    <Stack gap="md">
      <TextLink to={`/o/${org.id}/settings/cameras`} size="sm">
        {t('cameras.back')}
      </TextLink>
      {camera.isPending ? <PageLoader /> : null}
      {camera.isError ? <LoadError error={camera.error} onRetry={() => void camera.refetch()} /> : null}
      {camera.data ? (
        <>
          <Group justify="space-between" align="flex-start" gap="sm">
            <Title order={2}>{camera.data.name}</Title>
            {camera.data.removedAt ? (
              <Badge color="gray" variant="light">
                {t('cameras.removedBadge')}
              </Badge>
            ) : null}
          </Group>
          {camera.data.removedAt ? (
            <Alert color="gray" variant="light">
              {t('cameras.removedOn', { date: formatDate(camera.data.removedAt) })}
            </Alert>
          ) : null}
          <CameraFacts camera={camera.data} />
          {org.abilities.manageUnits && !camera.data.removedAt ? (
            <CameraActions orgId={org.id} camera={camera.data} />
          ) : null}
          {keepsLog ? <FootageLog orgId={org.id} camera={camera.data} /> : null}
        </>
      ) : null}
    </Stack>
  );
}

function CameraFacts({ camera }: { camera: Camera }) {
  const { t } = useTranslation();
  const facts: [string, string][] = [
    [t('cameras.fields.unit'), camera.unitName],
    [t('cameras.fields.placement'), camera.placement],
    [t('cameras.fields.purpose'), camera.purpose],
    [t('cameras.fields.signage'), camera.signage ? t('common.yes') : t('common.no')],
    [t('cameras.fields.retention'), t('cameras.days', { count: camera.retentionDays })],
    [
      t('cameras.fields.accessHolders'),
      camera.accessHolders.length > 0 ? camera.accessHolders.join(', ') : t('cameras.noAccessHolders'),
    ],
  ];
  return (
    <Section title={t('cameras.detailsTitle')} order={3}>
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}

function CameraActions({ orgId, camera }: { orgId: string; camera: Camera }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <Group gap="sm">
      <ButtonLink to={`/o/${orgId}/settings/cameras/${camera.id}/edit`} variant="default">
        {t('cameras.edit')}
      </ButtonLink>
      <ConfirmButton
        title={t('cameras.removeTitle')}
        message={<Text component="span">{t('cameras.removeText', { name: camera.name })}</Text>}
        confirmLabel={t('cameras.remove')}
        describeError={(error) => errorMessage(error, t)}
        onConfirm={async () => {
          await unwrap(
            api.DELETE('/orgs/{orgId}/cameras/{cameraId}', {
              params: { path: { orgId, cameraId: camera.id } },
            }),
          );
          queryClient.removeQueries({ queryKey: cameraKeys.one(orgId, camera.id) });
          await queryClient.invalidateQueries({ queryKey: cameraKeys.all(orgId) });
          notify.success(t('cameras.removed', { name: camera.name }));
          navigate(`/o/${orgId}/settings/cameras`);
        }}
      >
        {t('cameras.remove')}
      </ConfirmButton>
    </Group>
  );
}
