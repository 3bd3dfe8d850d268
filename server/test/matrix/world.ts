import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { emptyTargeting } from '@vaksam/domain/warnings';
import { and, eq, isNull } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import {
  cameras,
  devMail,
  fraudEntries,
  fraudReportFiles,
  fraudReports,
  groupApplications,
  groupCreatorRequests,
  groupDocuments,
  groupInvites,
  groupMembers,
  groupPostAttachments,
  groupPosts,
  groupSharedIncidents,
  groups,
  incidentAttachments,
  incidents,
  invites,
  joinRequests,
  libraryEntries,
  notifications,
  policeReports,
  users,
  warningRecipients,
  warnings,
} from '../../src/db/schema';
import { AttachmentStorage, groupFolder } from '../../src/modules/attachments/storage';
import { FraudReportStorage, reportFolder } from '../../src/modules/fraud/reports/storage';
import { findIncidentUnsafe } from '../../src/modules/incidents/queries';
import { membershipClaim } from '../../src/modules/memberships/state';
import { buildPolicePayload } from '../../src/modules/police/payload';
import { loadPayloadSources } from '../../src/modules/police/queries';
import { randomToken, sha256 } from '../../src/platform/tokens';
import type { TestClient } from '../client';
import type { TestOrg, TestUser } from '../factories';
import type { TestApp } from '../harness';
import type { Role, Tenancy } from './expectations';

/** A valid 1×1 PNG: the smallest real image an upload or a served file can be. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** Organisation A with one person per role, organisation B beside it, and platform staff. */
export type World = { own: TestOrg; foreign: TestOrg; actors: Record<Exclude<Role, 'anonymous'>, TestUser> };

export async function buildWorld(t: TestApp): Promise<World> {
  const f = t.factories;
  const own = await f.org();
  const foreign = await f.org();
  await f.member('manager', foreign);
  const actors = {
    outsider: await f.user(),
    federation_member: await f.user({ federationMember: true }),
    reporter: (await f.member('reporter', own)).user,
    manager: (await f.member('manager', own)).user,
    security_contact: (await f.member('security_contact', own)).user,
    // The platform requires TOTP of staff; an enrolled secret lets their sessions pass.
    analyst: await f.user({ platformRole: 'analyst', totp: 'JBSWY3DPEHPK3PXP' }),
    admin: await f.user({ platformRole: 'admin', totp: 'JBSWY3DPEHPK3PXP' }),
    // Seated in every "own" group a case makes (CaseFixtures.group).
    group_member: await f.user(),
    group_admin: await f.user(),
    group_crisis_admin: await f.user(),
    group_banned: await f.user(),
  };
  return { own, foreign, actors };
}

/** What one case needs, made fresh so that a delete or an approval in one case cannot affect another. */
export class CaseFixtures {
  constructor(
    private readonly t: TestApp,
    readonly world: World,
    readonly tenancy: Tenancy,
    readonly actor: TestUser | null,
  ) {}

  get org(): TestOrg {
    return this.tenancy === 'own' ? this.world.own : this.world.foreign;
  }

  async unitId() {
    return (await this.t.factories.unit(this.org)).id;
  }

  async memberId() {
    return (await this.t.factories.member('reporter', this.org)).user.id;
  }

  async userId() {
    return (await this.t.factories.user()).id;
  }

  /** A user who entered a trade-federation membership number that no analyst has decided on. */
  async membershipClaim() {
    const user = await this.t.factories.user();
    const membershipNumber = `SH-${user.id.slice(-8)}`;
    await this.t.deps.db.update(users).set(membershipClaim(membershipNumber)).where(eq(users.id, user.id));
    return { userId: user.id, membershipNumber };
  }

  /**
   * A library checklist. A personal one belongs to the acting user in the "own" case and to someone else in
   * the "foreign" case.
   */
  async libraryEntry(scope: 'everyone' | 'members' | 'personal') {
    const ownerId =
      scope !== 'personal'
        ? null
        : this.tenancy === 'own' && this.actor
          ? this.actor.id
          : await this.userId();
    const [row] = await this.t.deps.db
      .insert(libraryEntries)
      .values({ kind: 'checklist', scope, ownerId, titleSv: 'Stängningsrutin', itemsSv: ['Lås', 'Larma'] })
      .returning({ id: libraryEntries.id, updatedAt: libraryEntries.updatedAt });
    if (!row) throw new Error('library entry not created');
    return { id: row.id, updatedAt: row.updatedAt.toISOString() };
  }

  /** A warning of the platform, or of a group, in the given state, narrowed to one kommun. */
  async warning(options: { groupId?: string; state?: 'draft' | 'published' } = {}) {
    const [row] = await this.t.deps.db
      .insert(warnings)
      .values({
        groupId: options.groupId ?? null,
        state: options.state ?? 'draft',
        publishedAt: options.state === 'published' ? new Date() : null,
        title: 'Falska hantverkare',
        body: 'Personer som utger sig för att vara från fastighetsägaren ber om att få komma in.',
        severity: 'warning',
        targeting: { ...emptyTargeting(), municipalities: ['0180'] },
      })
      .returning({ id: warnings.id, updatedAt: warnings.updatedAt });
    if (!row) throw new Error('warning not created');
    return { id: row.id, updatedAt: row.updatedAt.toISOString() };
  }

  /** A published warning that reached the acting user in the "own" case, and somebody else in the "foreign". */
  async receivedWarning() {
    const warning = await this.warning({ state: 'published' });
    const userId = this.tenancy === 'own' && this.actor ? this.actor.id : await this.userId();
    await this.t.deps.db.insert(warningRecipients).values({ warningId: warning.id, userId });
    return warning;
  }

  /** A published entry of Varningslistan, without identifiers so that cases never collide. */
  async fraudEntry() {
    const [row] = await this.t.deps.db
      .insert(fraudEntries)
      .values({ companyName: `Bluff ${randomToken(4)} AB`, description: 'Fakturor för katalogannonser.' })
      .returning({ id: fraudEntries.id, updatedAt: fraudEntries.updatedAt });
    if (!row) throw new Error('fraud entry not created');
    return { id: row.id, updatedAt: row.updatedAt.toISOString() };
  }

  /**
   * FRAUD-4: a pending report of a fraudulent invoice, by the acting user in the "own" case and by somebody else
   * in the "foreign" one.
   */
  async fraudReport() {
    const reporterId = this.tenancy === 'own' && this.actor ? this.actor.id : await this.userId();
    const [row] = await this.t.deps.db
      .insert(fraudReports)
      .values({
        reporterId,
        companyName: 'Katalogbolaget AB',
        description: 'En faktura för en katalogannons.',
      })
      .returning({ id: fraudReports.id });
    if (!row) throw new Error('fraud report not created');
    return row.id;
  }

  /** FRAUD-4: a picture of the invoice, with its file on disk, on a report made as `fraudReport` makes it. */
  async fraudReportFile() {
    const reportId = await this.fraudReport();
    const storage = new FraudReportStorage(this.t.deps.config.dataDir);
    const storageKey = storage.newKey(reportFolder(reportId), 'png');
    const temp = await storage.tempPath();
    await writeFile(temp, TINY_PNG);
    await storage.commit(temp, storageKey);
    const [row] = await this.t.deps.db
      .insert(fraudReportFiles)
      .values({
        reportId,
        displayName: 'faktura.png',
        contentType: 'image/png',
        size: TINY_PNG.length,
        sha256: createHash('sha256').update(TINY_PNG).digest('hex'),
        width: 1,
        height: 1,
        storageKey,
      })
      .returning({ id: fraudReportFiles.id });
    return `/api/v1/fraud-reports/${reportId}/files/${row?.id}`;
  }

  /**
   * GRP-6: a checklist in a fresh group (see `group()`), so the world's group roles hold their seats in the "own"
   * case and nobody does in the "foreign" one; `archived` makes the group read-only.
   */
  async groupLibraryEntry(options: { archived?: boolean } = {}) {
    const groupId = await this.group();
    if (options.archived) {
      await this.t.deps.db.update(groups).set({ archivedAt: new Date() }).where(eq(groups.id, groupId));
    }
    const [row] = await this.t.deps.db
      .insert(libraryEntries)
      .values({
        kind: 'checklist',
        scope: 'group',
        groupId,
        titleSv: 'Utrymning',
        itemsSv: ['Ring 112', 'Samlas'],
      })
      .returning({ id: libraryEntries.id, updatedAt: libraryEntries.updatedAt });
    if (!row) throw new Error('group library entry not created');
    return { id: row.id, updatedAt: row.updatedAt.toISOString(), groupId };
  }

  /**
   * A fresh group. In the "own" case the group roles of the world hold their seats in it (the banned one
   * banned); in the "foreign" case only a stranger does, so every actor is outside it.
   */
  async group(options: { open?: boolean } = {}) {
    const [group] = await this.t.deps.db
      .insert(groups)
      .values({ name: 'Samverkan', kind: 'local', openForApplications: options.open ?? false })
      .returning({ id: groups.id });
    if (!group) throw new Error('group not created');
    const { actors } = this.world;
    const seats: (typeof groupMembers.$inferInsert)[] =
      this.tenancy === 'own'
        ? [
            { groupId: group.id, userId: actors.group_admin.id, role: 'admin' },
            { groupId: group.id, userId: actors.group_member.id },
            { groupId: group.id, userId: actors.group_crisis_admin.id, crisisAdmin: true },
            { groupId: group.id, userId: actors.group_banned.id, bannedAt: new Date() },
          ]
        : [{ groupId: group.id, userId: await this.userId(), role: 'admin' }];
    await this.t.deps.db.insert(groupMembers).values(seats);
    return group.id;
  }

  /**
   * A thread in the group, by the acting user when they have a seat in it (so that an author's rights can be
   * checked) or else by another member.
   */
  async groupPost(groupId: string, options: { byActor?: boolean; state?: 'published' | 'pending' } = {}) {
    const seated =
      this.tenancy === 'own' &&
      this.actor !== null &&
      Object.values(this.seatedActors()).includes(this.actor.id);
    const authorId =
      options.byActor && seated && this.actor ? this.actor.id : await this.groupMemberId(groupId);
    const [row] = await this.t.deps.db
      .insert(groupPosts)
      .values({ groupId, authorId, body: 'Möte på torsdag', state: options.state ?? 'published' })
      .returning({ id: groupPosts.id });
    return row?.id as string;
  }

  /**
   * GRP-4: a photo with its files on disk, on a thread of the group made as `groupPost` makes it (someone
   * else's unless `byActor`).
   */
  async groupPostAttachment(groupId: string, options: { byActor?: boolean } = {}) {
    const postId = await this.groupPost(groupId, options);
    const [row] = await this.t.deps.db
      .insert(groupPostAttachments)
      .values({ groupId, postId, ...(await this.storedPng(groupFolder(groupId))) })
      .returning({ id: groupPostAttachments.id });
    return `/api/v1/groups/${groupId}/posts/${postId}/attachments/${row?.id}`;
  }

  /** GRP-6: a picture among the group's documents, with its files on disk, put up by someone else. */
  async groupDocument(groupId: string) {
    const [row] = await this.t.deps.db
      .insert(groupDocuments)
      .values({ groupId, title: 'Utrymningsplan', ...(await this.storedPng(groupFolder(groupId))) })
      .returning({ id: groupDocuments.id });
    return `/api/v1/groups/${groupId}/documents/${row?.id}`;
  }

  /** A tiny picture and its thumbnail on disk in an owner's folder, as the columns of an attachment's row. */
  private async storedPng(folder: string) {
    const storage = new AttachmentStorage(this.t.deps.config.dataDir);
    const storageKey = storage.newKey(folder, 'png');
    const thumbnailKey = storage.newKey(folder, 'webp', 'thumbnail');
    for (const key of [storageKey, thumbnailKey]) {
      const temp = await storage.tempPath();
      await writeFile(temp, TINY_PNG);
      await storage.commit(temp, key);
    }
    return {
      displayName: 'bild.png',
      contentType: 'image/png',
      size: TINY_PNG.length,
      sha256: createHash('sha256').update(TINY_PNG).digest('hex'),
      width: 1,
      height: 1,
      storageKey,
      thumbnailKey,
    };
  }

  private seatedActors() {
    const { actors } = this.world;
    return {
      admin: actors.group_admin.id,
      member: actors.group_member.id,
      crisis: actors.group_crisis_admin.id,
    };
  }

  async bannedGroupMemberId(groupId: string) {
    const userId = await this.userId();
    await this.t.deps.db.insert(groupMembers).values({ groupId, userId, bannedAt: new Date() });
    return userId;
  }

  /** A member of the group besides the world's actors, for changes that must not touch them. */
  async groupMemberId(groupId: string) {
    const userId = await this.userId();
    await this.t.deps.db.insert(groupMembers).values({ groupId, userId });
    return userId;
  }

  async groupApplicationId(groupId: string) {
    const [row] = await this.t.deps.db
      .insert(groupApplications)
      .values({ groupId, userId: await this.userId() })
      .returning({ id: groupApplications.id });
    return row?.id as string;
  }

  /** An invite to the group; addressed to the acting user, so that accepting it can succeed. */
  async groupInvite(groupId: string) {
    const token = randomToken();
    const [row] = await this.t.deps.db
      .insert(groupInvites)
      .values({
        groupId,
        email: this.actor?.email ?? 'nobody@example.se',
        tokenHash: sha256(token),
        expiresAt: new Date(Date.now() + 86_400_000),
      })
      .returning({ id: groupInvites.id });
    return { id: row?.id as string, token };
  }

  /** Clears the acting user's request for the right to create groups, so that a new one can be made. */
  async clearCreatorRequest() {
    if (this.actor) {
      await this.t.deps.db.delete(groupCreatorRequests).where(eq(groupCreatorRequests.userId, this.actor.id));
    }
  }

  async creatorRequestUserId() {
    const userId = await this.userId();
    await this.t.deps.db.insert(groupCreatorRequests).values({ userId, reason: 'Samordnare i kommunen' });
    return userId;
  }

  async loginEmail() {
    return (await this.t.factories.user()).email;
  }

  /** An invite in the case's organisation, addressed to the acting user so that accepting it can succeed. */
  async invite(org: TestOrg = this.org) {
    const token = randomToken();
    const id = uuidv7();
    await this.t.deps.db.insert(invites).values({
      id,
      orgId: org.id,
      email: this.actor?.email ?? `nobody${id}@example.se`,
      role: 'reporter',
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    return { id, token };
  }

  /** Accepting must not make the actor a member of A or B, which would change every later case. */
  async inviteToThrowawayOrg() {
    return this.invite(await this.t.factories.org());
  }

  async startTotpSetup() {
    if (this.actor) {
      await this.t.deps.db
        .update(users)
        .set({ totpSecret: 'JBSWY3DPEHPK3PXP' })
        .where(and(eq(users.id, this.actor.id), isNull(users.totpEnabledAt)));
    }
  }

  async cameraId() {
    const unit = await this.t.factories.unit(this.org);
    const [row] = await this.t.deps.db
      .insert(cameras)
      .values({
        orgId: this.org.id,
        unitId: unit.id,
        name: 'Entré',
        placement: 'Över dörren',
        purpose: 'Brott',
        signage: true,
        retentionDays: 30,
      })
      .returning({ id: cameras.id });
    return row?.id as string;
  }

  /** A report in the case's organisation: in A filed by the matrix reporter, in B by one of B's members. */
  async incidentId(options: { sharing?: 'groups' } = {}) {
    const reporterId =
      this.tenancy === 'own'
        ? this.world.actors.reporter.id
        : (await this.t.factories.member('reporter', this.org)).user.id;
    const [row] = await this.t.deps.db
      .insert(incidents)
      .values({
        orgId: this.org.id,
        reporterId,
        type: 'theft',
        occurredAt: new Date(),
        latitude: 59.33,
        longitude: 18.06,
        description: 'Två jackor stals från butiken.',
        formVersion: 1,
        sharing: options.sharing ?? 'organisation',
      })
      .returning({ id: incidents.id });
    return row?.id as string;
  }

  /** GRP-5: a group in which the acting user, whoever they are, holds a member's seat. */
  async groupOfActor() {
    const [group] = await this.t.deps.db
      .insert(groups)
      .values({ name: 'Delning', kind: 'local' })
      .returning({ id: groups.id });
    if (!group) throw new Error('group not created');
    if (this.actor)
      await this.t.deps.db.insert(groupMembers).values({ groupId: group.id, userId: this.actor.id });
    return group.id;
  }

  /** GRP-5: a report of an organisation none of the actors belongs to, shared into the group by its reporter. */
  async sharedIncidentId(groupId: string) {
    const { user, org } = await this.t.factories.member('reporter');
    await this.t.deps.db.insert(groupMembers).values({ groupId, userId: user.id });
    const [incident] = await this.t.deps.db
      .insert(incidents)
      .values({
        orgId: org.id,
        reporterId: user.id,
        type: 'theft',
        occurredAt: new Date(),
        description: 'Två jackor stals från butiken.',
        formVersion: 1,
        sharing: 'groups',
      })
      .returning({ id: incidents.id });
    const [share] = await this.t.deps.db
      .insert(groupSharedIncidents)
      .values({ groupId, incidentId: incident?.id as string, orgId: org.id, sharedBy: user.id })
      .returning({ id: groupSharedIncidents.id });
    return share?.id as string;
  }

  /** A photo on a report of the case's organisation, uploaded by the report's reporter, with its files on disk. */
  async attachment() {
    const incidentId = await this.incidentId();
    const [incident] = await this.t.deps.db
      .select({ orgId: incidents.orgId, reporterId: incidents.reporterId })
      .from(incidents)
      .where(eq(incidents.id, incidentId));
    if (!incident) throw new Error('incident not created');
    const [row] = await this.t.deps.db
      .insert(incidentAttachments)
      .values({
        orgId: incident.orgId,
        incidentId,
        uploadedBy: incident.reporterId,
        ...(await this.storedPng(incident.orgId)),
      })
      .returning({ id: incidentAttachments.id });
    return { incidentId, id: row?.id as string };
  }

  /** A report with what the police require, and the acting user reachable by phone as its contact. */
  async policeReadyIncidentId() {
    if (this.actor)
      await this.t.deps.db.update(users).set({ phone: '+46701234567' }).where(eq(users.id, this.actor.id));
    const id = await this.incidentId();
    await this.t.deps.db
      .update(incidents)
      .set({ answers: { valueSek: 1200, itemsAffected: 'Två jackor', cctvAvailable: false } })
      .where(eq(incidents.id, id));
    return id;
  }

  /** A report whose police report went out and waits for the police's K-nummer. */
  async sentPoliceReportIncidentId() {
    const id = await this.incidentId();
    const row = await findIncidentUnsafe(this.t.deps.db, id);
    if (!row) throw new Error('incident not created');
    const contactId = (await this.t.factories.member('manager', this.org)).user.id;
    const payload = buildPolicePayload(
      row,
      await loadPayloadSources(this.t.deps.db, row.incident, contactId),
    );
    await this.t.deps.db.insert(policeReports).values({
      orgId: this.org.id,
      incidentId: id,
      state: 'sent',
      format: payload.format,
      payload,
      adapter: 'email',
      recipient: 'polisen-intake@example.invalid',
      requestedBy: contactId,
      sentAt: new Date(),
    });
    return id;
  }

  /** A mail in the dev mailbox with one attachment. */
  async devMailId() {
    const [row] = await this.t.deps.db
      .insert(devMail)
      .values({
        to: 'someone@example.se',
        subject: 'Med bilaga',
        text: 'Se bilagan.',
        attachments: [{ filename: 'a.txt', contentType: 'text/plain', contentBase64: 'aGVq' }],
      })
      .returning({ id: devMail.id });
    return row?.id as string;
  }

  async joinRequestId() {
    const requester = await this.t.factories.user();
    const [row] = await this.t.deps.db
      .insert(joinRequests)
      .values({ orgId: this.org.id, userId: requester.id })
      .returning({ id: joinRequests.id });
    return row?.id as string;
  }

  /** A notice in the acting person's own notification centre. */
  async notificationId() {
    if (!this.actor) return uuidv7();
    const [row] = await this.t.deps.db
      .insert(notifications)
      .values({ userId: this.actor.id, kind: 'incident_reported', title: 'Ny rapport', body: 'Butiken' })
      .returning({ id: notifications.id });
    return row?.id as string;
  }

  async client(): Promise<TestClient> {
    return this.actor ? this.t.factories.signedIn(this.actor, this.t.url) : this.t.client();
  }
}
