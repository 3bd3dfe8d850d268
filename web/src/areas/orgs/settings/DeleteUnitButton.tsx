import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import type { Unit } from '../../../api/types';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { errorMessage } from '../../../ui/errorMessage';
import { notify } from '../../../ui/notify';
import { orgKeys } from '../queries';

interface DeleteUnitButtonProps {
  orgId: string;
  unit: Unit;
  onDeleted: () => void;
}

export function DeleteUnitButton({ orgId, unit, onDeleted }: DeleteUnitButtonProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <ConfirmButton
      title={t('units.deleteTitle')}
      message={t('units.deleteText', { name: unit.name })}
      confirmLabel={t('units.delete')}
      describeError={(error) => errorMessage(error, t)}
      onConfirm={async () => {
        await unwrap(
          api.DELETE('/orgs/{orgId}/units/{unitId}', { params: { path: { orgId, unitId: unit.id } } }),
        );
        queryClient.removeQueries({ queryKey: orgKeys.unit(orgId, unit.id) });
        await queryClient.invalidateQueries({ queryKey: orgKeys.units(orgId) });
        notify.success(t('units.deleted', { name: unit.name }));
        onDeleted();
      }}
    >
      {t('units.delete')}
    </ConfirmButton>
  );
}
