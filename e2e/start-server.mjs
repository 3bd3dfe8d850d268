// Starts the real server on a throw-away PGlite database for one Playwright run and removes it afterwards.
// With E2E_SMTP_PORT set, mail goes over SMTP to a real SMTP peer whose inbox is listed as JSON on
// E2E_MAILBOX_PORT, instead of into the dev mailbox.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startMailboxPeer } from './support/mailbox-peer.ts';

const root = path.resolve(import.meta.dirname, '..');
if (!fs.existsSync(path.join(root, 'web/dist/index.html'))) {
  console.error('web/dist is missing: build the web app first with  npm run -w web build');
  process.exit(1);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaksam-e2e-'));
// Never an inherited DATABASE_URL (the run gets its own empty PGlite) nor SMTP_URL (mail must land in
// the dev mailbox, which the journeys read).
const { DATABASE_URL: _db, SMTP_URL: _smtp, ...inherited } = process.env;
const smtpUrl = process.env.E2E_SMTP_PORT
  ? await startMailboxPeer(Number(process.env.E2E_SMTP_PORT), Number(process.env.E2E_MAILBOX_PORT))
  : undefined;
const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...inherited, DATA_DIR: dataDir, ...(smtpUrl ? { SMTP_URL: smtpUrl } : {}) },
});

const cleanUp = () => fs.rmSync(dataDir, { recursive: true, force: true });
server.once('exit', (code, signal) => {
  cleanUp();
  process.exit(code ?? (signal ? 0 : 1));
});
// Playwright signals the whole process group; pass it on in case only this wrapper got it.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => server.kill(signal));
}
