import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness';

let t: TestApp;
let dist: string;

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'vaksam-dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(
    path.join(dist, 'index.html'),
    '<!doctype html><html lang="sv"><title>Vaksam</title></html>',
  );
  fs.writeFileSync(path.join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
  fs.writeFileSync(`${dist}-secret.txt`, 'outside the web app');
  t = await startTestApp({ webDistDir: dist });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dist, { recursive: true, force: true });
  fs.rmSync(`${dist}-secret.txt`, { force: true });
});

describe('serving the web app', () => {
  it('serves files, and index.html for client-side routes, without a login', async () => {
    const asset = await t.client().get('/assets/app-1234.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const route = await t.client().get('/o/123/settings/members');
    expect(route.status).toBe(200);
    expect(route.text).toContain('<html lang="sv">');
    expect(route.headers.get('cache-control')).toBe('no-cache');
  });

  it('never serves files outside the build, and answers malformed paths without a 500', async () => {
    const sibling = await t.client().get(`/..%2F${path.basename(dist)}-secret.txt`);
    expect(sibling.text).not.toContain('outside the web app');
    const malformed = await t.client().get('/%E0%A4%A');
    expect(malformed.status).toBeLessThan(500);
    const unknownApi = await t.client().get('/api/v1/nothing-here');
    expect(unknownApi.status).toBe(404);
    expect(unknownApi.body.error.code).toBe('not_found');
  });
});
