import { randomBytes } from 'node:crypto';
import { authenticator } from 'otplib';
import { sha256 } from '../../platform/tokens';

// One step either side tolerates a phone clock that is up to 30 seconds off.
authenticator.options = { window: 1 };

export const TOTP_ISSUER = 'Vaksam';

export const generateTotpSecret = () => authenticator.generateSecret(20);
export const totpUri = (email: string, secret: string) => authenticator.keyuri(email, TOTP_ISSUER, secret);
export const checkTotp = (code: string, secret: string) => authenticator.check(code, secret);

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten codes like `k3m9p-x7q2w`; only their hashes are stored. */
export function generateRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(10);
    const chars = Array.from(bytes, (b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export const hashRecoveryCode = (code: string) => sha256(code.trim().toLowerCase());
export const isRecoveryCodeShape = (code: string) =>
  /^[a-z0-9]{5}-[a-z0-9]{5}$/.test(code.trim().toLowerCase());
