import { authenticator } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrgNumber } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('registering and joining organisations', () => {
  it('registers an organisation with the registrant as manager, in any accepted number form', async () => {
    const user = await t.factories.user();
    const client = await t.factories.signedIn(user, t.url);
    const digits = makeOrgNumber();
    const created = await client.post('/api/v1/orgs', {
      orgNumber: `16${digits.slice(0, 6)}-${digits.slice(6)}`,
      name: 'Hörnbutiken AB',
      sniCode: '47.111',
    });
    expect(created.status).toBe(201);
    expect(created.body.orgNumber).toBe(`${digits.slice(0, 6)}-${digits.slice(6)}`);
    expect(created.body.myRole).toBe('manager');
    expect(created.body.organisationForm).toBe('Aktiebolag');
    expect(created.body.sniVersion).toBe('SNI2007');
    expect(created.body.abilities).toEqual({
      update: true,
      manageMembers: true,
      manageUnits: true,
      invite: true,
    });
    const again = await (await t.factories.signedIn(await t.factories.user(), t.url)).post('/api/v1/orgs', {
      orgNumber: digits,
      name: 'Kopia AB',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.fields.orgNumber).toBeTruthy();
  });

  it('lets a user ask to join, notifies the managers, and adds the user when a manager approves', async () => {
    const { user: manager, org } = await t.factories.member('manager');
    const applicant = await t.factories.user();
    const applicantClient = await t.factories.signedIn(applicant, t.url);
    const lookup = await applicantClient.get(`/api/v1/orgs/lookup?orgNumber=${org.orgNumber}`);
    expect(lookup.body).toMatchObject({ registered: true, name: org.name });
    const request = await applicantClient.post('/api/v1/join-requests', {
      orgNumber: org.orgNumber,
      message: 'Jag jobbar i kassan',
    });
    expect(request.status).toBe(201);
    expect((await applicantClient.post('/api/v1/join-requests', { orgNumber: org.orgNumber })).status).toBe(
      409,
    );
    await t.runJobs();
    expect(t.smtp.to(manager.email).at(-1)?.subject).toContain('vill gå med');

    const managerClient = await t.factories.signedIn(manager, t.url);
    const pending = await managerClient.get(`/api/v1/orgs/${org.id}/join-requests`);
    expect(pending.body.items).toHaveLength(1);
    const decided = await managerClient.post(
      `/api/v1/orgs/${org.id}/join-requests/${request.body.id}/decision`,
      { decision: 'approve', role: 'security_contact' },
    );
    expect(decided.body.status).toBe('approved');
    expect(
      (
        await managerClient.post(`/api/v1/orgs/${org.id}/join-requests/${request.body.id}/decision`, {
          decision: 'deny',
        })
      ).status,
    ).toBe(409);
    const me = await applicantClient.get('/api/v1/auth/me');
    expect(me.body.memberships).toEqual([
      expect.objectContaining({ orgId: org.id, role: 'security_contact' }),
    ]);
    await t.runJobs();
    expect(t.smtp.to(applicant.email).at(-1)?.subject).toContain('medlem');
  });

  it('answers a join request for an unregistered number with 404', async () => {
    const client = await t.factories.signedIn(await t.factories.user(), t.url);
    const response = await client.post('/api/v1/join-requests', { orgNumber: makeOrgNumber() });
    expect(response.status).toBe(404);
  });
});

describe('invites', () => {
  it('mails a single-use link that a new colleague uses to sign up and join', async () => {
    const { user: manager, org } = await t.factories.member('manager');
    const managerClient = await t.factories.signedIn(manager, t.url);
    const invite = await managerClient.post(`/api/v1/orgs/${org.id}/invites`, {
      email: 'Kollega@Example.se',
      role: 'reporter',
    });
    expect(invite.status).toBe(201);
    await t.runJobs();
    const link = t.smtp.linkTo('kollega@example.se', '/invite/');
    const token = link.split('/invite/')[1] ?? '';
    const preview = await t.client().get(`/api/v1/invites/${token}`);
    expect(preview.body).toMatchObject({ orgName: org.name, email: 'kollega@example.se', role: 'reporter' });

    const colleague = t.client();
    const signup = await colleague.post('/api/v1/auth/signup', {
      email: 'kollega@example.se',
      password: 'Sju glada laxar i bäcken',
      name: 'Kim Kollega',
      inviteToken: token,
    });
    expect(signup.status).toBe(202);
    const login = await colleague.post('/api/v1/auth/login', {
      email: 'kollega@example.se',
      password: 'Sju glada laxar i bäcken',
    });
    expect(login.body.me.memberships).toEqual([expect.objectContaining({ orgId: org.id, role: 'reporter' })]);
    expect((await t.client().get(`/api/v1/invites/${token}`)).status).toBe(404);
    const invites = await managerClient.get(`/api/v1/orgs/${org.id}/invites`);
    expect(invites.body.items[0].status).toBe('accepted');
  });

  it('refuses an invite for another address, an expired one and a revoked one', async () => {
    const { user: manager, org } = await t.factories.member('manager');
    const managerClient = await t.factories.signedIn(manager, t.url);
    const invite = await managerClient.post(`/api/v1/orgs/${org.id}/invites`, {
      email: 'ratt@example.se',
      role: 'reporter',
    });
    await t.runJobs();
    const token = t.smtp.linkTo('ratt@example.se', '/invite/').split('/invite/')[1];
    const wrongPerson = await t.factories.signedIn(await t.factories.user(), t.url);
    const refused = await wrongPerson.post(`/api/v1/invites/${token}/accept`);
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields.token).toBeTruthy();
    expect((await managerClient.delete(`/api/v1/orgs/${org.id}/invites/${invite.body.id}`)).status).toBe(200);
    expect((await t.client().get(`/api/v1/invites/${token}`)).status).toBe(404);
  });
});

describe('members and roles', () => {
  it('keeps at least one manager in every organisation', async () => {
    const { user: manager, org } = await t.factories.member('manager');
    const client = await t.factories.signedIn(manager, t.url);
    const demote = await client.patch(`/api/v1/orgs/${org.id}/members/${manager.id}`, { role: 'reporter' });
    expect(demote.status).toBe(409);
    const leave = await client.delete(`/api/v1/orgs/${org.id}/members/${manager.id}`);
    expect(leave.status).toBe(409);
    const { user: reporter } = await t.factories.member('reporter', org);
    expect(
      (await client.patch(`/api/v1/orgs/${org.id}/members/${reporter.id}`, { role: 'manager' })).status,
    ).toBe(200);
    expect(
      (await client.patch(`/api/v1/orgs/${org.id}/members/${manager.id}`, { role: 'reporter' })).status,
    ).toBe(200);
  });

  it('lets a reporter leave but not remove others', async () => {
    const { user: reporter, org } = await t.factories.member('reporter');
    const { user: other } = await t.factories.member('reporter', org);
    await t.factories.member('manager', org);
    const client = await t.factories.signedIn(reporter, t.url);
    expect((await client.delete(`/api/v1/orgs/${org.id}/members/${other.id}`)).status).toBe(403);
    expect((await client.delete(`/api/v1/orgs/${org.id}/members/${reporter.id}`)).status).toBe(200);
    expect((await client.get(`/api/v1/orgs/${org.id}`)).status).toBe(404);
  });

  it('pages through members with an opaque cursor', async () => {
    const { user: manager, org } = await t.factories.member('manager');
    for (let i = 0; i < 4; i++) await t.factories.member('reporter', org);
    const client = await t.factories.signedIn(manager, t.url);
    const first = await client.get(`/api/v1/orgs/${org.id}/members?limit=3`);
    expect(first.body.items).toHaveLength(3);
    const second = await client.get(`/api/v1/orgs/${org.id}/members?limit=3&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(2);
    expect(second.body.nextCursor).toBeNull();
    expect((await client.get(`/api/v1/orgs/${org.id}/members?cursor=garbage`)).status).toBe(400);
  });
});

describe('units', () => {
  it('creates, reads, updates and deletes a unit with kommun and coordinates', async () => {
    const { user: manager, org } = await t.factories.member('manager');
    const client = await t.factories.signedIn(manager, t.url);
    const created = await client.post(`/api/v1/orgs/${org.id}/units`, {
      name: 'Butik Storgatan',
      street: 'Storgatan 1',
      postalCode: '41136',
      city: 'Göteborg',
      municipalityCode: '1480',
      latitude: 57.7,
      longitude: 11.97,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      municipalityName: 'Göteborgs kommun',
      countyCode: '14',
      postalCode: '411 36',
    });
    const updated = await client.patch(`/api/v1/orgs/${org.id}/units/${created.body.id}`, {
      name: 'Butik Storgatan 1',
    });
    expect(updated.body.name).toBe('Butik Storgatan 1');
    expect(
      (await client.post(`/api/v1/orgs/${org.id}/units`, { name: 'X', municipalityCode: '9999' })).body.error
        .fields.municipalityCode,
    ).toBe('Okänd kommun');
    expect(
      (
        await client.post(`/api/v1/orgs/${org.id}/units`, {
          name: 'X',
          municipalityCode: '0180',
          latitude: 40,
          longitude: 2,
        })
      ).status,
    ).toBe(400);
    expect((await client.delete(`/api/v1/orgs/${org.id}/units/${created.body.id}`)).status).toBe(200);
    expect((await client.get(`/api/v1/orgs/${org.id}/units/${created.body.id}`)).status).toBe(404);
  });
});

describe('two-factor authentication', () => {
  it('enrols TOTP, then requires the code or a recovery code at login', async () => {
    const user = await t.factories.user();
    const client = await t.factories.signedIn(user, t.url);
    const setup = await client.post('/api/v1/auth/totp/setup');
    expect(setup.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Vaksam:/);
    const enable = await client.post('/api/v1/auth/totp/enable', {
      code: authenticator.generate(setup.body.secret),
    });
    expect(enable.body.recoveryCodes).toHaveLength(10);

    const login = t.client();
    const first = await login.post('/api/v1/auth/login', {
      email: user.email,
      password: 'correct horse battery staple',
    });
    expect(first.body).toEqual({ status: 'totp_required', csrfToken: expect.any(String) });
    expect((await login.get('/api/v1/auth/me')).status).toBe(401);
    expect((await login.post('/api/v1/auth/login/totp', { code: '000000' })).status).toBe(400);
    const second = await login.post('/api/v1/auth/login/totp', {
      code: authenticator.generate(setup.body.secret),
    });
    expect(second.body.status).toBe('ok');
    expect((await login.get('/api/v1/auth/me')).status).toBe(200);

    // A reload during the second step loses the page's CSRF token; logging in again must still work.
    const reloaded = t.client();
    await reloaded.post('/api/v1/auth/login', {
      email: user.email,
      password: 'correct horse battery staple',
    });
    reloaded.csrfToken = null;
    const again = await reloaded.post('/api/v1/auth/login', {
      email: user.email,
      password: 'correct horse battery staple',
    });
    expect(again.body.status).toBe('totp_required');

    const recovery = t.client();
    await recovery.post('/api/v1/auth/login', {
      email: user.email,
      password: 'correct horse battery staple',
    });
    const code = enable.body.recoveryCodes[0];
    expect((await recovery.post('/api/v1/auth/login/totp', { code })).body.status).toBe('ok');
    const reuse = t.client();
    await reuse.post('/api/v1/auth/login', { email: user.email, password: 'correct horse battery staple' });
    expect((await reuse.post('/api/v1/auth/login/totp', { code })).status).toBe(400);
  });

  it('holds staff and managers of organisations that require it until they enrol', async () => {
    const analyst = await t.factories.user({ platformRole: 'analyst' });
    const analystClient = await t.factories.signedIn(analyst, t.url);
    expect((await analystClient.get('/api/v1/auth/me')).body.mfaEnrolmentRequired).toBe(true);
    const blocked = await analystClient.get('/api/v1/orgs');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('mfa_enrolment_required');

    const org = await t.factories.org({ requireManagerMfa: true });
    const { user: manager } = await t.factories.member('manager', org);
    const { user: reporter } = await t.factories.member('reporter', org);
    expect((await (await t.factories.signedIn(manager, t.url)).get('/api/v1/orgs')).status).toBe(403);
    expect((await (await t.factories.signedIn(reporter, t.url)).get('/api/v1/orgs')).status).toBe(200);
  });
});
