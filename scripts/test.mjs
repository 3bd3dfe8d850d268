// npm test: lint, type-check, unit and integration tests (PGlite), web build, and the end-to-end journeys in Chromium.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const results = { passed: 0, failed: 0 };

function run(title, command, args, options = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...options.env },
  });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed`);
    summarize();
    process.exit(result.status ?? 1);
  }
}

/** Debian packages the tests drive: Chromium for the journeys, poppler-utils to read rendered PDFs. */
const SYSTEM_TOOLS = [
  { binary: CHROMIUM, pkg: 'chromium' },
  { binary: '/usr/bin/pdftotext', pkg: 'poppler-utils' },
];

function ensureSystemTools() {
  const missing = SYSTEM_TOOLS.filter((tool) => !fs.existsSync(tool.binary)).map((tool) => tool.pkg);
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && spawnSync('which', ['apt-get']).status === 0) {
    console.log(`Saknas: ${missing.join(', ')} – installerar Debian-paketen …`);
    run('apt-get update', 'apt-get', ['update', '-qq']);
    run(`apt-get install ${missing.join(' ')}`, 'apt-get', ['install', '-y', '-qq', ...missing], {
      env: { DEBIAN_FRONTEND: 'noninteractive' },
    });
    return;
  }
  console.error(
    `The tests need these Debian packages: ${missing.join(', ')}.\n` +
      `Install them with:  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n` +
      'or point CHROMIUM_PATH at an existing Chromium binary.',
  );
  process.exit(1);
}

/** Reads the machine-readable reports so the run ends with one plain "N passed, N failed" line. */
function collect() {
  for (const file of ['test-results/vitest.json', 'test-results/e2e.json']) {
    const full = path.join(root, file);
    if (!fs.existsSync(full)) continue;
    const report = JSON.parse(fs.readFileSync(full, 'utf8'));
    if ('numPassedTests' in report) {
      results.passed += report.numPassedTests;
      results.failed += report.numFailedTests;
    } else if (report.stats) {
      results.passed += report.stats.expected + report.stats.flaky;
      results.failed += report.stats.unexpected;
    }
  }
}

function summarize() {
  collect();
  console.log(`\ntests: ${results.passed} passed, ${results.failed} failed`);
}

fs.rmSync(path.join(root, 'test-results'), { recursive: true, force: true });
fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
ensureSystemTools();
run('Lint (Biome)', 'npx', ['biome', 'check', '.']);
run('Type-check', 'npx', ['tsc', '-b']);
run('OpenAPI client is up to date', 'node', ['web/scripts/generate-client.mjs', '--check']);
run('Unit and integration tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/vitest.json',
]);
run('Build the web app', 'npm', ['run', '-w', 'web', 'build']);
run('End-to-end journeys (Chromium)', 'npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts'], {
  env: { CHROMIUM_PATH: CHROMIUM },
});
summarize();
