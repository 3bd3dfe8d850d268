import type { PageQuery } from '@vaksam/domain/pagination';
import { asc, eq, gt } from 'drizzle-orm';
import { users } from '../../db/schema';
import type { ServiceDeps } from '../../deps';
import { writeAudit } from '../../platform/audit';
import { revokeAllSessions } from '../../platform/auth/sessions';
import { conflict, notFound } from '../../platform/errors';
import { fetchPage } from '../../platform/pagination';
import { type Actor, enforce } from '../../platform/policy';
import { adminPolicy } from './policy';

type UserRow = typeof users.$inferSelect;

const present = (user: UserRow) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  platformRole: user.platformRole,
  disabled: user.disabledAt !== null,
  createdAt: user.createdAt.toISOString(),
});

export async function listUsers(deps: ServiceDeps, actor: Actor, query: PageQuery) {
  enforce(adminPolicy.manageUsers(actor));
  return fetchPage(
    query,
    (page) =>
      deps.db
        .select()
        .from(users)
        .where(page.afterId ? gt(users.id, page.afterId) : undefined)
        .orderBy(asc(users.id))
        .limit(page.limit + 1),
    (row) => row.id,
    present,
  );
}

export async function updateUser(
  deps: ServiceDeps,
  actor: Actor,
  userId: string,
  changes: { disabled?: boolean | undefined; platformRole?: 'analyst' | 'admin' | null | undefined },
) {
  enforce(adminPolicy.manageUsers(actor), 'Användaren hittades inte');
  if (userId === actor.userId && (changes.disabled || changes.platformRole !== undefined)) {
    throw conflict('Du kan inte stänga av eller ändra rollen för ditt eget konto');
  }
  return deps.db.transaction(async (tx) => {
    const values: Partial<typeof users.$inferInsert> = { updatedAt: new Date() };
    if (changes.disabled !== undefined) values.disabledAt = changes.disabled ? new Date() : null;
    if (changes.platformRole !== undefined) values.platformRole = changes.platformRole;
    const [user] = await tx.update(users).set(values).where(eq(users.id, userId)).returning();
    if (!user) throw notFound('Användaren hittades inte');
    // A disabled account or a changed role must not keep the powers of sessions opened before.
    if (changes.disabled || changes.platformRole !== undefined) await revokeAllSessions(tx, userId);
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: 'admin.user_updated',
      targetType: 'user',
      targetId: userId,
      details: changes,
    });
    return present(user);
  });
}
