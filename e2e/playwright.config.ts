import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { MAILBOX_LISTING_PORT, SMTP_PEER_PORT } from './support/smtp-mailbox';

const PORT = 3210;
const baseURL = `http://localhost:${PORT}`;
/** A second instance whose mail leaves over SMTP to a real SMTP peer (see support/mailbox-peer.ts). */
export const SMTP_SERVER_PORT = 3211;
const results = path.resolve(import.meta.dirname, '../test-results');

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: path.join(results, 'e2e-artifacts'),
  globalSetup: './global-setup.ts',
  // Two cores: the server, Chromium and the runner already compete for them.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: path.join(results, 'e2e.json') }]],
  use: {
    baseURL,
    viewport: { width: 390, height: 844 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: 'node --import tsx start-server.mjs',
      cwd: import.meta.dirname,
      url: `${baseURL}/readyz`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
      // SIGTERM (not the default SIGKILL) lets start-server.mjs delete its temporary database.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
      env: { PORT: String(PORT), DEMO_DATA: 'true', NODE_ENV: 'development', LOG_LEVEL: 'warn' },
    },
    {
      command: 'node --import tsx start-server.mjs',
      cwd: import.meta.dirname,
      url: `http://localhost:${SMTP_SERVER_PORT}/readyz`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
      env: {
        PORT: String(SMTP_SERVER_PORT),
        DEMO_DATA: 'true',
        NODE_ENV: 'development',
        LOG_LEVEL: 'warn',
        E2E_SMTP_PORT: String(SMTP_PEER_PORT),
        E2E_MAILBOX_PORT: String(MAILBOX_LISTING_PORT),
      },
    },
  ],
});
