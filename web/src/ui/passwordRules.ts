/**
 * Mirrors PASSWORD_MIN in @vaksam/domain/accounts (checked by passwordRules.test.ts). Importing the
 * domain module here would pull zod into the first download for one number.
 */
export const PASSWORD_MIN = 8;
