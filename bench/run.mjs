// npm run bench: load-tests the real server on PostgreSQL and checks the /auth/me budget.
import path from 'node:path';
import { benchDatabaseUrl, dropDatabase, recreateDatabase, serverVersion } from './lib/database.mjs';
import { CONNECTIONS, measure } from './lib/load.mjs';
import { machineInfo, resultsMarkdown, resultsTable, writeResults } from './lib/report.mjs';
import { startServer } from './lib/server-process.mjs';

const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP ?? 3);
const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 10);
const BUDGET = { minMeVsSelect: 0.5, maxMeP99Ms: 25 };

function checkBudget(rows, meVsSelect) {
  const [, , me] = rows;
  const reasons = [];
  for (const row of rows) {
    if (row.non2xx > 0 || row.errors > 0)
      reasons.push(`${row.label}: ${row.non2xx} non-2xx, ${row.errors} errors`);
  }
  if (meVsSelect < BUDGET.minMeVsSelect) reasons.push(`(c)/(b) ${(meVsSelect * 100).toFixed(1)} % < 50 %`);
  if (!me || me.p99 >= BUDGET.maxMeP99Ms) reasons.push(`(c) p99 ${me?.p99} ms ≥ ${BUDGET.maxMeP99Ms} ms`);
  return { pass: reasons.length === 0, reasons };
}

async function runScenarios({ port, token }) {
  const base = `http://127.0.0.1:${port}`;
  const scenarios = [
    { label: '(a) GET /bench/bare', url: `${base}/bench/bare` },
    { label: '(b) GET /bench/select1', url: `${base}/bench/select1` },
    {
      label: '(c) GET /api/v1/auth/me',
      url: `${base}/api/v1/auth/me`,
      headers: { cookie: `__Host-vaksam_session=${token}` },
    },
  ];
  const rows = [];
  for (const scenario of scenarios) {
    console.log(`▶ ${scenario.label}: ${WARMUP_SECONDS} s warm-up, ${DURATION_SECONDS} s measured`);
    const result = await measure({
      ...scenario,
      warmupSeconds: WARMUP_SECONDS,
      durationSeconds: DURATION_SECONDS,
    });
    rows.push({ label: scenario.label, ...result });
  }
  return rows;
}

async function main() {
  const database = benchDatabaseUrl();
  await recreateDatabase(database);
  let server;
  try {
    const postgres = await serverVersion(database.url);
    server = await startServer(database.url);
    const rows = await runScenarios(server);
    const [bare, select1, me] = rows;
    const ratios = {
      meVsSelect: me.requestsPerSecond / select1.requestsPerSecond,
      selectVsBare: select1.requestsPerSecond / bare.requestsPerSecond,
    };
    const budget = checkBudget(rows, ratios.meVsSelect);
    const markdown = resultsMarkdown({
      rows,
      ratios,
      budget,
      machine: machineInfo(postgres),
      date: new Date().toISOString(),
      durationSeconds: DURATION_SECONDS,
      connections: CONNECTIONS,
    });
    writeResults(path.join(import.meta.dirname, 'README.md'), markdown);
    console.log(`\n${resultsTable(rows)}\n`);
    console.log(
      `(c)/(b) ${(ratios.meVsSelect * 100).toFixed(1)} %, (b)/(a) ${(ratios.selectVsBare * 100).toFixed(1)} %`,
    );
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
