import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types';
import { isRole, roleOptions } from './roles';

interface RoleSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  value: Role;
  onChange: (role: Role) => void;
}

export function RoleSelect({ value, onChange, ...props }: RoleSelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      data={roleOptions(t)}
      value={value}
      onChange={(next) => {
        if (isRole(next)) onChange(next);
      }}
      allowDeselect={false}
      {...props}
    />
  );
}
