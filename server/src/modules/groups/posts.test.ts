import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client';
import type { TestUser } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { auditLog, notifications } from '../../db/schema';
import { fanOutGroupPost } from './post-notices';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type Person = { user: TestUser; client: TestClient };

async function person(options: { federationMember?: boolean; name?: string } = {}): Promise<Person> {
  const user = await t.factories.user(options);
  return { user, client: await t.factories.signedIn(user, t.url) };
}

/** A closed group with an admin and two members who joined through e-mailed invites. */
async function groupWithMembers(settings: Record<string, boolean> = {}) {
  const admin = await person({ federationMember: true, name: 'Alva Admin' });
  const created = await admin.client.post('/api/v1/groups', {
    name: `Torget ${Math.random().toString(36).slice(2, 6)}`,
    kind: 'local',
    settings,
  });
  expect(created.status).toBe(201);
  const groupId = created.body.id as string;
  const members: Person[] = [];
  for (const name of ['Mira Medlem', 'Sam Svarare']) {
    const member = await person({ name });
    await admin.client.post(`/api/v1/groups/${groupId}/invites`, { email: member.user.email });
    await t.runJobs();
    const token = t.smtp.linkTo(member.user.email, '/group-invite/').split('/group-invite/')[1];
    expect((await member.client.post(`/api/v1/group-invites/${token}/accept`)).status).toBe(200);
    members.push(member);
  }
  const [mira, sam] = members as [Person, Person];
  return { groupId, admin, mira, sam, url: `/api/v1/groups/${groupId}` };
}

const noticesOf = (userId: string) =>
  t.deps.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, 'group_post')));

const feedIds = async (client: TestClient, url: string, view = 'feed') =>
  (await client.get(`${url}/posts?view=${view}`)).body.items.map((post: { id: string }) => post.id);

describe('the group feed (GRP-3, GRP-4)', () => {
  it('holds a member’s thread for approval in a moderated group, then shows it and notifies the others', async () => {
    const { admin, mira, sam, url, groupId } = await groupWithMembers({ moderation: true });
    const post = await mira.client.post(`${url}/posts`, {
      body: 'Någon har försökt bända upp bakdörren i natt.',
    });
    expect(post.status).toBe(201);
    expect(post.body).toMatchObject({ state: 'pending', author: { name: 'Mira Medlem' }, canEdit: true });

    expect(await feedIds(sam.client, url)).toEqual([]);
    expect(await feedIds(mira.client, url)).toEqual([post.body.id]);
    expect(await feedIds(admin.client, url, 'pending')).toEqual([post.body.id]);
    expect((await sam.client.post(`${url}/posts/${post.body.id}/approval`)).status).toBe(403);
    await t.runJobs();
    expect(await noticesOf(sam.user.id)).toEqual([]);

    const approved = await admin.client.post(`${url}/posts/${post.body.id}/approval`);
    expect(approved.status).toBe(200);
    expect(approved.body.state).toBe('published');
    expect((await admin.client.post(`${url}/posts/${post.body.id}/approval`)).status).toBe(409);
    expect(await feedIds(sam.client, url)).toEqual([post.body.id]);
    await t.runJobs();
    const [notice] = await noticesOf(sam.user.id);
    expect(notice).toMatchObject({
      title: expect.stringMatching(/^Mira Medlem skrev i Torget/),
      body: 'Någon har försökt bända upp bakdörren i natt.',
      url: `/groups/${groupId}/posts/${post.body.id}`,
    });
    expect(await noticesOf(mira.user.id)).toEqual([]);
    const audit = await t.deps.db.select().from(auditLog).where(eq(auditLog.action, 'group.post_approved'));
    expect(audit.map((entry) => entry.targetId)).toContain(groupId);
  });

  it('shows a reply to the others at once and notifies them, but not the one who replied', async () => {
    const { admin, mira, sam, url } = await groupWithMembers({ moderation: true });
    const thread = await admin.client.post(`${url}/posts`, { body: 'Möte på torsdag kl 8 om belysningen.' });
    expect(thread.body.state).toBe('published');
    await t.runJobs();
    const reply = await sam.client.post(`${url}/posts`, { body: 'Jag kommer!', parentId: thread.body.id });
    expect(reply.status).toBe(201);
    expect(reply.body.state).toBe('published');
    await t.runJobs();

    const seen = await mira.client.get(`${url}/posts/${thread.body.id}`);
    expect(seen.body.replyCount).toBe(1);
    expect(seen.body.replies).toEqual([
      expect.objectContaining({
        body: 'Jag kommer!',
        author: expect.objectContaining({ name: 'Sam Svarare' }),
      }),
    ]);
    expect((await noticesOf(mira.user.id)).map((n) => n.title)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Sam Svarare svarade i /)]),
    );
    expect((await noticesOf(sam.user.id)).map((n) => n.title)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^Sam Svarare/)]),
    );
    const replyToReply = await mira.client.post(`${url}/posts`, { body: 'Bra', parentId: reply.body.id });
    expect(replyToReply.status).toBe(404);

    // Running the fan-out again writes nothing twice.
    await t.deps.db.transaction((tx) => fanOutGroupPost(tx, t.deps.jobs, reply.body.id));
    expect((await noticesOf(mira.user.id)).filter((n) => n.title.startsWith('Sam Svarare'))).toHaveLength(1);
  });

  it('sends group news on the channels each member chose', async () => {
    const { admin, mira, sam, url } = await groupWithMembers();
    await mira.client.put('/api/v1/notifications/preferences', { group_post: { email: true } });
    await sam.client.put('/api/v1/notifications/preferences', { group_post: { in_app: false } });
    await admin.client.post(`${url}/posts`, { body: 'Larmet testas i morgon klockan 10.' });
    await t.runJobs();
    const mail = t.smtp.to(mira.user.email).at(-1);
    expect(mail?.subject).toMatch(/^Alva Admin skrev i Torget/);
    expect(mail?.text).toContain('Larmet testas i morgon klockan 10.');
    expect(await noticesOf(sam.user.id)).toEqual([]);
    expect(await noticesOf(mira.user.id)).toHaveLength(1);
  });

  it('lets only admins write when members may not post', async () => {
    const { admin, mira, url } = await groupWithMembers({ membersMayPost: false });
    const refused = await mira.client.post(`${url}/posts`, { body: 'Hej' });
    expect(refused.status).toBe(403);
    expect((await admin.client.post(`${url}/posts`, { body: 'Information från styrelsen' })).status).toBe(
      201,
    );
    const empty = await admin.client.post(`${url}/posts`, { body: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields.body).toBe('Skriv något');
  });

  it('lets authors edit and delete their posts, and admins remove anyone’s', async () => {
    const { admin, mira, sam, url } = await groupWithMembers();
    const post = await mira.client.post(`${url}/posts`, { body: 'Säljer begagnad larmpanel' });
    expect((await sam.client.patch(`${url}/posts/${post.body.id}`, { body: 'Kapad' })).status).toBe(403);
    const edited = await mira.client.patch(`${url}/posts/${post.body.id}`, {
      body: 'Skänker begagnad larmpanel',
    });
    expect(edited.body).toMatchObject({ body: 'Skänker begagnad larmpanel', editedAt: expect.any(String) });
    expect((await sam.client.delete(`${url}/posts/${post.body.id}`)).status).toBe(403);
    expect((await admin.client.delete(`${url}/posts/${post.body.id}`)).status).toBe(200);
    expect(await feedIds(mira.client, url)).toEqual([]);
    expect((await mira.client.get(`${url}/posts/${post.body.id}`)).status).toBe(404);

    const own = await sam.client.post(`${url}/posts`, { body: 'Fel grupp, förlåt' });
    expect((await sam.client.delete(`${url}/posts/${own.body.id}`)).status).toBe(200);
    expect(await feedIds(admin.client, url)).toEqual([]);
  });

  it('takes reports of posts that only admins see', async () => {
    const { admin, mira, sam, url } = await groupWithMembers();
    const post = await mira.client.post(`${url}/posts`, { body: 'Olämpligt innehåll' });
    expect(
      (await mira.client.post(`${url}/posts/${post.body.id}/reports`, { reason: 'Testar' })).status,
    ).toBe(409);
    expect(
      (await sam.client.post(`${url}/posts/${post.body.id}/reports`, { reason: 'Kränkande' })).status,
    ).toBe(200);
    expect((await sam.client.post(`${url}/posts/${post.body.id}/reports`, { reason: 'Igen' })).status).toBe(
      409,
    );
    expect((await sam.client.get(`${url}/posts?view=reported`)).status).toBe(403);
    const reported = await admin.client.get(`${url}/posts?view=reported`);
    expect(reported.body.items).toEqual([expect.objectContaining({ id: post.body.id, reportCount: 1 })]);
    expect((await sam.client.get(`${url}/posts`)).body.items[0].reportCount).toBe(0);
    expect((await admin.client.get(`${url}/posts`)).body.items[0]).toMatchObject({
      reportCount: 1,
      canRemove: true,
    });
  });

  it('bans a member, who then sees nothing of the group, until the ban is lifted', async () => {
    const { admin, mira, url, groupId } = await groupWithMembers();
    expect((await mira.client.post(`${url}/bans`, { userId: admin.user.id })).status).toBe(403);
    expect((await admin.client.post(`${url}/bans`, { userId: admin.user.id })).status).toBe(409);
    expect((await admin.client.post(`${url}/bans`, { userId: mira.user.id })).status).toBe(200);
    expect((await mira.client.get(url)).status).toBe(404);
    expect((await mira.client.get(`${url}/posts`)).status).toBe(404);
    expect((await mira.client.post(`${url}/posts`, { body: 'Hallå?' })).status).toBe(404);
    const mine = await mira.client.get('/api/v1/groups/mine');
    expect(mine.body.items.map((g: { id: string }) => g.id)).not.toContain(groupId);
    const members = await admin.client.get(`${url}/members`);
    expect(members.body.items.map((m: { userId: string }) => m.userId)).not.toContain(mira.user.id);
    const again = await admin.client.post(`${url}/invites`, { email: mira.user.email });
    expect(again.status).toBe(409);

    expect((await admin.client.delete(`${url}/bans/${mira.user.id}`)).status).toBe(200);
    expect((await admin.client.delete(`${url}/bans/${mira.user.id}`)).status).toBe(404);
    expect((await admin.client.post(`${url}/invites`, { email: mira.user.email })).status).toBe(201);
  });
});
