import { PASSWORD_MIN as DOMAIN_PASSWORD_MIN } from '@vaksam/domain/accounts';
import { expect, it } from 'vitest';
import { PASSWORD_MIN } from './passwordRules';

it('uses the same minimum password length as the server', () => {
  expect(PASSWORD_MIN).toBe(DOMAIN_PASSWORD_MIN);
});
