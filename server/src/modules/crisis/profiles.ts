import type { CrisisProfile, crisisProfileInputSchema } from '@vaksam/domain/crisis-profile';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Queryable } from '../../db/client';
import { crisisProfiles } from '../../db/schema';
import type { DataKeyring } from '../../platform/crypto/keyring';

/** What is sealed: everything but the dates, as one JSON value. */
type SealedContent = Omit<CrisisProfile, 'updatedAt'>;

export const EMPTY_PROFILE: CrisisProfile = {
  alternativePhone: null,
  personnummer: null,
  address: null,
  nextOfKin: [],
  updatedAt: null,
};

/** The row a sealed profile belongs to is part of what is authenticated: it opens on that row only. */
export const profileContext = (userId: string) => `crisis_profiles:${userId}`;

export function sealProfile(keyring: DataKeyring, userId: string, content: SealedContent) {
  const sealed = keyring.seal(JSON.stringify(content), profileContext(userId));
  return { sealed, keyId: keyring.keyIdOf(sealed) };
}

export function openProfile(
  keyring: DataKeyring,
  row: { userId: string; sealed: string; updatedAt: Date },
): CrisisProfile {
  const content = JSON.parse(keyring.open(row.sealed, profileContext(row.userId))) as SealedContent;
  return { ...content, updatedAt: row.updatedAt.toISOString() };
}

export async function loadProfile(
  db: Queryable,
  keyring: DataKeyring,
  userId: string,
): Promise<CrisisProfile> {
  const [row] = await db.select().from(crisisProfiles).where(eq(crisisProfiles.userId, userId));
  return row ? openProfile(keyring, row) : EMPTY_PROFILE;
}

export function contentOf(input: z.output<typeof crisisProfileInputSchema>): SealedContent {
  return {
    alternativePhone: input.alternativePhone,
    personnummer: input.personnummer,
    address: input.address,
    nextOfKin: input.nextOfKin,
  };
}

export const isEmpty = (content: SealedContent) =>
  !content.alternativePhone && !content.personnummer && !content.address && content.nextOfKin.length === 0;
