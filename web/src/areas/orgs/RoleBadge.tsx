import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types';
import { roleLabel } from './roles';

export function RoleBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={role === 'reporter' ? 'gray' : 'vaksam'} tt="none" style={{ flex: 'none' }}>
      {roleLabel(role, t)}
    </Badge>
  );
}
