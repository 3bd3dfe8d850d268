import autocannon from 'autocannon';
import { databaseCpu, serverCpu } from './cpu.mjs';

export const CONNECTIONS = 32;

/** Runs autocannon; `onResponse` sees each answer's time in milliseconds. */
function fire(options, onResponse) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    if (onResponse)
      instance.on('response', (_client, _status, _bytes, responseTime) => onResponse(responseTime));
  });
}

/** The nearest-rank percentile of a list of times. */
export function percentile(times, p) {
  if (times.length === 0) return null;
  const sorted = Float64Array.from(times).sort();
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A warm-up run (JIT, pool connections, plan cache) that is thrown away, then the measured run. */
export async function measure({
  url,
  method = 'GET',
  headers = {},
  body,
  warmupSeconds,
  durationSeconds,
  serverBase,
}) {
  const base = { url, method, headers, body, connections: CONNECTIONS };
  await fire({ ...base, duration: warmupSeconds });
  const before = { server: await serverCpu(serverBase), database: databaseCpu() };
  // autocannon's summary has p90 and p97.5 but no p95, so every answer's time is kept for that.
  const times = [];
  const result = await fire({ ...base, duration: durationSeconds }, (ms) => times.push(ms));
  const after = { server: await serverCpu(serverBase), database: databaseCpu() };
  const perRequest = (from, to) =>
    from === null || to === null || result.requests.total === 0 ? null : (to - from) / result.requests.total;
  return {
    serverCpuPerRequest: perRequest(before.server, after.server),
    databaseCpuPerRequest: perRequest(before.database, after.database),
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p95: Math.round((percentile(times, 95) ?? Number.NaN) * 10) / 10,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
