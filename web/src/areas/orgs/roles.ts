import type { TFunction } from 'i18next';
import type { Role } from '../../api/types';

export const ROLES: readonly Role[] = ['reporter', 'manager', 'security_contact'];

export function roleLabel(role: Role, t: TFunction): string {
  return t(`roles.${role}`);
}

export function roleOptions(t: TFunction) {
  return ROLES.map((role) => ({ value: role, label: roleLabel(role, t) }));
}

export function isRole(value: string | null): value is Role {
  return value !== null && (ROLES as readonly string[]).includes(value);
}
