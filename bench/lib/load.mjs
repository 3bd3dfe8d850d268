import autocannon from 'autocannon';
import { databaseCpu, serverCpu } from './cpu.mjs';

export const CONNECTIONS = 32;

function fire(options) {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
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
  const result = await fire({ ...base, duration: durationSeconds });
  const after = { server: await serverCpu(serverBase), database: databaseCpu() };
  const perRequest = (from, to) =>
    from === null || to === null || result.requests.total === 0 ? null : (to - from) / result.requests.total;
  return {
    serverCpuPerRequest: perRequest(before.server, after.server),
    databaseCpuPerRequest: perRequest(before.database, after.database),
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
