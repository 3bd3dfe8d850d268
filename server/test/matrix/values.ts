import { randomToken } from '../../src/platform/tokens';

/** A fresh address per call, so that cases creating accounts or invites never collide. */
export const anEmail = () =>
  `m${randomToken(6)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, 'x')}@example.se`;
