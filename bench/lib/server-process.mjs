import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

const root = path.resolve(import.meta.dirname, '../..');

/** Starts bench/server.ts in its own process and resolves with what it printed ({port, token, …}) and stop. */
export function startServer(databaseUrl) {
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the server process there when it stops.
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'bench/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      DEMO_DATA: 'false',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      try {
        resolve({ ...JSON.parse(line), stop });
      } catch (error) {
        reject(new Error(`bench server printed something other than its address: ${line}`, { cause: error }));
      }
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with code ${code} before listening`)));
  });
}
