import { Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, unwrap } from '../../../api/client';
import { LoadError } from '../../../ui/LoadError';
import { PageLoader } from '../../../ui/PageLoader';
import { TextLink } from '../../../ui/RouterLinks';
import { orgKeys } from '../queries';
import { useSettingsOrg } from './context';
import { NoAccess } from './NoAccess';
import { UnitForm } from './UnitForm';

/** Add a unit (`units/new`) or edit one (`units/:unitId`). */
export function UnitFormPage() {
  const { t } = useTranslation();
  const org = useSettingsOrg();
  const { unitId } = useParams();
  const unit = useQuery({
    queryKey: orgKeys.unit(org.id, unitId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/orgs/{orgId}/units/{unitId}', {
          params: { path: { orgId: org.id, unitId: unitId ?? '' } },
        }),
      ),
    enabled: Boolean(unitId),
  });
  const back = `/o/${org.id}/settings/units`;

  return (
    <Stack gap="md">
      <TextLink to={back} size="sm">
        {t('units.back')}
      </TextLink>
      <Title order={2}>{unitId ? t('units.editTitle') : t('units.newTitle')}</Title>
      {!org.abilities.manageUnits ? <NoAccess /> : null}
      {org.abilities.manageUnits && !unitId ? <UnitForm orgId={org.id} /> : null}
      {org.abilities.manageUnits && unitId && unit.isPending ? <PageLoader /> : null}
      {unit.isError ? <LoadError error={unit.error} onRetry={() => void unit.refetch()} /> : null}
      {org.abilities.manageUnits && unit.data ? <UnitForm orgId={org.id} unit={unit.data} /> : null}
    </Stack>
  );
}
