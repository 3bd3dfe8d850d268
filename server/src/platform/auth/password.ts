import { hash, verify } from '@node-rs/argon2';
import { isCommonPassword } from './common-passwords';

// OWASP's argon2id minimum (19 MiB, 2 passes) keeps a login well under 100 ms on a small server.
const ARGON2_OPTIONS = {
  algorithm: 2 /* Argon2id; the package's const enum cannot be imported under verbatimModuleSyntax */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the same time as a real check, so an unknown e-mail cannot be told from a wrong password. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('dummy password that matches nobody');
  await verifyPassword(await dummyHash, password);
  return false;
}

/** Returns a Swedish message when the password must be refused, otherwise null. */
export function weakPasswordReason(
  password: string,
  context: { email: string; name?: string },
): string | null {
  const lowered = password.toLowerCase();
  if (isCommonPassword(lowered)) return 'Lösenordet är för vanligt och lätt att gissa';
  const localPart = context.email.toLowerCase().split('@')[0] ?? '';
  if (localPart.length >= 4 && lowered.includes(localPart))
    return 'Lösenordet får inte innehålla din e-postadress';
  if (/^(.)\1+$/.test(password)) return 'Lösenordet får inte bestå av ett enda tecken';
  return null;
}
