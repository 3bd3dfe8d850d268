import fs from 'node:fs';
import os from 'node:os';

const START = '<!-- results:start -->';
const END = '<!-- results:end -->';

const fixed = (value, digits = 1) => Number(value).toFixed(digits);

export function machineInfo(postgresVersion) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: fixed(os.totalmem() / 1024 ** 3),
    node: process.version,
    postgres: postgresVersion,
    // The machine may be shared; a high load average explains a noisy run.
    loadAverage: os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(', '),
  };
}

/** A Markdown table padded the way Biome formats it, so a fresh README passes `biome check`. */
function markdownTable(header, align, body) {
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((row) => row[i].length), 3));
  const pad = (text, i) => (align[i] === 'right' ? text.padStart(widths[i]) : text.padEnd(widths[i]));
  const line = (cells) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = widths.map((width, i) =>
    align[i] === 'right' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width),
  );
  return [line(header), `| ${rule.join(' | ')} |`, ...body.map(line)].join('\n');
}

export function resultsTable(rows) {
  return markdownTable(
    [
      'Scenario',
      'req/s (mean)',
      'p50 (ms)',
      'p95 (ms)',
      'p97.5 (ms)',
      'p99 (ms)',
      'server CPU/req (µs)',
      'database CPU/req (µs)',
      'non-2xx',
      'errors',
    ],
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    rows.map((r) => [
      r.label,
      fixed(r.requestsPerSecond, 0),
      String(r.p50),
      fixed(r.p95),
      String(r.p97_5),
      String(r.p99),
      r.serverCpuPerRequest === null ? '–' : fixed(r.serverCpuPerRequest, 0),
      r.databaseCpuPerRequest === null ? '–' : fixed(r.databaseCpuPerRequest, 0),
      String(r.non2xx),
      String(r.errors),
    ]),
  );
}

export function resultsMarkdown({ rows, checks, budget, machine, date, durationSeconds, connections, jobs }) {
  return [
    `Run on ${date} — ${connections} connections, ${durationSeconds} s measured after warm-up; job workers and outbox relay ${jobs ? 'running in the server, as with `npm start`' : 'off (`BENCH_JOBS=off`)'}.`,
    '',
    resultsTable(rows),
    '',
    ...checks.map(
      (check) =>
        `- ${check.text}: **${check.value}** (${check.budget ?? 'for comparison'})${check.pass === false ? ' ✗' : ''}`,
    ),
    `- Budget: **${budget.pass ? 'PASS' : 'FAIL'}**${budget.reasons.length ? ` — ${budget.reasons.join('; ')}` : ''}`,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB memory, Node ${machine.node}; ${machine.postgres}. Load average at the end of the run: ${machine.loadAverage}.`,
  ].join('\n');
}

/** Replaces only the text between the result markers, so the prose above them stays hand-written. */
export function writeResults(readmePath, markdown) {
  const readme = fs.readFileSync(readmePath, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error(`${readmePath} lacks the ${START} / ${END} markers`);
  const updated = `${readme.slice(0, start + START.length)}\n${markdown}\n${readme.slice(end)}`;
  fs.writeFileSync(readmePath, updated);
}
