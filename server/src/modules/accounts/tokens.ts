import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { emailTokens } from '../../db/schema';
import { randomToken, sha256 } from '../../platform/tokens';

type Purpose = 'verify_email' | 'reset_password';

export const EMAIL_TOKEN_TTL_MS: Record<Purpose, number> = {
  verify_email: 24 * 3_600_000,
  reset_password: 3_600_000,
};

/** Only the hash is stored, so the link in the mail is the one place the token exists. */
export async function issueEmailToken(tx: Queryable, userId: string, purpose: Purpose): Promise<string> {
  const token = randomToken();
  await tx.insert(emailTokens).values({
    userId,
    purpose,
    tokenHash: sha256(token),
    expiresAt: new Date(Date.now() + EMAIL_TOKEN_TTL_MS[purpose]),
  });
  return token;
}

/** Marks the token used and returns its user, or null when it is unknown, used or expired. */
export async function consumeEmailToken(
  tx: Queryable,
  token: string,
  purpose: Purpose,
): Promise<string | null> {
  const [row] = await tx
    .update(emailTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(emailTokens.tokenHash, sha256(token)),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, new Date()),
      ),
    )
    .returning({ userId: emailTokens.userId });
  return row?.userId ?? null;
}
