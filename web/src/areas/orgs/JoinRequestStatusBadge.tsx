import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JoinRequest } from '../../api/types';

const COLOURS: Record<JoinRequest['status'], string> = {
  pending: 'vaksam',
  approved: 'green',
  denied: 'red',
  withdrawn: 'gray',
};

export function JoinRequestStatusBadge({ status }: { status: JoinRequest['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLOURS[status]} tt="none">
      {t(`joinRequestStatus.${status}`)}
    </Badge>
  );
}
