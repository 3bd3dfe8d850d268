// npm run bench: load-tests the real server on PostgreSQL and checks the budgets of the issues.
import path from 'node:path';
import {
  benchDatabaseUrl,
  countRows,
  dropDatabase,
  recreateDatabase,
  serverVersion,
} from './lib/database.mjs';
import { CONNECTIONS, measure } from './lib/load.mjs';
import { machineInfo, resultsMarkdown, resultsTable, writeResults } from './lib/report.mjs';
import { startServer } from './lib/server-process.mjs';

// (i): pharmacies (SNI 47) inside a polygon around greater Göteborg and Borås, over bench/seed-warnings.ts.
const BENCH_WARNING_TARGETING = {
  sni: ['47'],
  polygons: [
    [
      { latitude: 57.3, longitude: 11.6 },
      { latitude: 57.3, longitude: 13.2 },
      { latitude: 58.2, longitude: 13.2 },
      { latitude: 58.2, longitude: 11.6 },
    ],
  ],
};

const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP ?? 3);
const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 10);
// BENCH_ONLY=list,report runs those scenarios alone (for profiling); the budgets need every one of them.
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;

function scenarios({ port, token, csrfToken, orgId, groupId, fraudQuery }) {
  const base = `http://127.0.0.1:${port}`;
  const session = { cookie: `__Host-vaksam_session=${token}` };
  return {
    bare: { label: '(a) GET /bench/bare', url: `${base}/bench/bare` },
    select1: { label: '(b) GET /bench/select1', url: `${base}/bench/select1` },
    me: { label: '(c) GET /api/v1/auth/me', url: `${base}/api/v1/auth/me`, headers: session },
    // Before (d): filing 5,000+ reports in a few seconds leaves a backlog of notification jobs (PDF copies)
    // that the workers in the same process then chew through, and (e) would measure that backlog.
    list: {
      label: '(e) GET /api/v1/incidents (100k, filtered)',
      url: `${base}/api/v1/incidents?orgId=${orgId}&status=in_progress&type=theft&limit=50`,
      headers: session,
    },
    feed: {
      label: '(f) GET /api/v1/groups/{id}/posts (10k posts)',
      url: `${base}/api/v1/groups/${groupId}/posts`,
      headers: session,
    },
    // A name on the list with two typos: the dearest question the public search gets (trigrams, word by word).
    fraudSearch: {
      label: '(h) GET /api/v1/fraud-list/search (20k, misspelt name)',
      url: `${base}/api/v1/fraud-list/search?q=${encodeURIComponent(fraudQuery)}`,
    },
    report: {
      label: '(d) POST /api/v1/incidents',
      url: `${base}/api/v1/incidents`,
      method: 'POST',
      headers: { ...session, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({
        orgId,
        type: 'theft',
        occurredAt: new Date().toISOString(),
        latitude: 59.33,
        longitude: 18.06,
        description: 'Två jackor stals från hyllan vid entrén.',
      }),
    },
  };
}

/**
 * (g): from sending a post until the notice of every other member is written. The fan-out runs as a job in
 * the server, picked up by the workers' one-second poll, so the figure includes that wait.
 */
async function measureFanOut(databaseUrl, { port, token, csrfToken, groupId }) {
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/api/v1/groups/${groupId}/posts`, {
    method: 'POST',
    headers: {
      cookie: `__Host-vaksam_session=${token}`,
      'x-csrf-token': csrfToken,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ body: 'Larmet på torget testas i morgon klockan 10.' }),
  });
  if (response.status !== 201) throw new Error(`posting failed: ${response.status} ${await response.text()}`);
  const { id } = await response.json();
  const expected = GROUP_MEMBERS - 1;
  while (performance.now() - started < 30_000) {
    if (
      (await countRows(databaseUrl, 'select count(*) from notifications where group_post_id = $1', [id])) >=
      expected
    ) {
      return Math.round(performance.now() - started);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the fan-out did not finish within 30 s');
}

const GROUP_MEMBERS = 5_000;

/**
 * (i): an analyst's preview of a warning for pharmacies inside a polygon, over 100,000 people with 150,000
 * units. The preview computes the recipient set (and counts it by industry and by län), as publishing does;
 * the slowest of five answers is the figure.
 */
async function measureWarningTargeting({ port, analystToken, analystCsrfToken }) {
  const times = [];
  let recipients = 0;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/warnings/preview`, {
      method: 'POST',
      headers: {
        cookie: `__Host-vaksam_session=${analystToken}`,
        'x-csrf-token': analystCsrfToken,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ targeting: BENCH_WARNING_TARGETING }),
    });
    if (response.status !== 200)
      throw new Error(`preview failed: ${response.status} ${await response.text()}`);
    recipients = (await response.json()).recipients;
    times.push(performance.now() - started);
  }
  return { slowest: Math.round(Math.max(...times)), recipients };
}

const percent = (value) => `${(value * 100).toFixed(1)} %`;

/** Every budget of the issues, as the figure it is judged on and whether it holds. */
function checksOf(r) {
  const meVsSelect = r.me.requestsPerSecond / r.select1.requestsPerSecond;
  const reportVsSelect = r.report.requestsPerSecond / r.select1.requestsPerSecond;
  return [
    { text: '(b)/(a) throughput', value: percent(r.select1.requestsPerSecond / r.bare.requestsPerSecond) },
    { text: '(c)/(b) throughput', value: percent(meVsSelect), budget: '≥ 50 %', pass: meVsSelect >= 0.5 },
    { text: '(c) p99', value: `${r.me.p99} ms`, budget: '< 25 ms', pass: r.me.p99 < 25 },
    {
      text: '(d)/(b) throughput',
      value: percent(reportVsSelect),
      budget: '≥ 25 %',
      pass: reportVsSelect >= 0.25,
    },
    { text: '(d) p99', value: `${r.report.p99} ms`, budget: '< 50 ms', pass: r.report.p99 < 50 },
    { text: '(e) p95', value: `${r.list.p95} ms`, budget: '< 50 ms', pass: r.list.p95 < 50 },
    { text: '(f) p95', value: `${r.feed.p95} ms`, budget: '< 30 ms', pass: r.feed.p95 < 30 },
    { text: '(h) p95', value: `${r.fraudSearch.p95} ms`, budget: '< 30 ms', pass: r.fraudSearch.p95 < 30 },
    {
      text: `(i) warning recipients (${r.targeting.recipients} of 100,000 people), slowest preview`,
      value: `${r.targeting.slowest} ms`,
      budget: '< 1,000 ms',
      pass: r.targeting.slowest < 1000,
    },
    {
      text: '(g) post to 5,000 members: all notices written',
      value: `${r.fanOut} ms`,
      budget: '< 2,000 ms',
      pass: r.fanOut < 2000,
    },
  ];
}

async function main() {
  const database = benchDatabaseUrl();
  await recreateDatabase(database);
  let server;
  try {
    const postgres = await serverVersion(database.url);
    console.log('Seeding 100,000 reports and a group of 5,000 members with 10,000 posts …');
    server = await startServer(database.url);
    const results = {};
    const rows = [];
    for (const [name, scenario] of Object.entries(scenarios(server))) {
      // Before (d), whose backlog of notification jobs would otherwise queue ahead of the fan-out.
      if (name === 'report' && (!ONLY || ONLY.has('fanout'))) {
        console.log('▶ (g) one post to a group of 5,000 members');
        results.fanOut = await measureFanOut(database.url, server);
        console.log(`  every member's notice written after ${results.fanOut} ms`);
      }
      if (name === 'report' && (!ONLY || ONLY.has('targeting'))) {
        console.log('▶ (i) warning targeting over 100,000 people and 150,000 units');
        results.targeting = await measureWarningTargeting(server);
        console.log(
          `  ${results.targeting.recipients} recipients; slowest of five previews ${results.targeting.slowest} ms`,
        );
      }
      if (ONLY && !ONLY.has(name)) continue;
      console.log(`▶ ${scenario.label}: ${WARMUP_SECONDS} s warm-up, ${DURATION_SECONDS} s measured`);
      results[name] = {
        label: scenario.label,
        ...(await measure({
          ...scenario,
          warmupSeconds: WARMUP_SECONDS,
          durationSeconds: DURATION_SECONDS,
          serverBase: `http://127.0.0.1:${server.port}`,
        })),
      };
      rows.push(results[name]);
    }
    if (ONLY) {
      console.log(`\n${resultsTable(rows)}\n\nBENCH_ONLY: budgets not checked, bench/README.md not written.`);
      return;
    }
    const checks = checksOf(results);
    const reasons = [
      ...rows
        .filter((row) => row.non2xx > 0 || row.errors > 0)
        .map((row) => `${row.label}: ${row.non2xx} non-2xx, ${row.errors} errors`),
      ...checks
        .filter((check) => check.pass === false)
        .map((check) => `${check.text} ${check.value} (budget ${check.budget})`),
    ];
    const budget = { pass: reasons.length === 0, reasons };
    const markdown = resultsMarkdown({
      rows,
      checks,
      budget,
      machine: machineInfo(postgres),
      date: new Date().toISOString(),
      durationSeconds: DURATION_SECONDS,
      connections: CONNECTIONS,
      jobs: process.env.BENCH_JOBS !== 'off',
    });
    writeResults(path.join(import.meta.dirname, 'README.md'), markdown);
    console.log(`\n${resultsTable(rows)}\n`);
    for (const check of checks)
      console.log(`${check.text}: ${check.value}${check.budget ? ` (budget ${check.budget})` : ''}`);
    console.log(budget.pass ? 'PASS' : `FAIL: ${budget.reasons.join('; ')}`);
    process.exitCode = budget.pass ? 0 : 1;
  } finally {
    await server?.stop();
    await dropDatabase(database);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
