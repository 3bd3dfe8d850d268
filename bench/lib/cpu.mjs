import fs from 'node:fs';

/** CPU time (µs) the server process has used so far, as it reports itself. */
export async function serverCpu(base) {
  const response = await fetch(`${base}/bench/cpu`);
  const { user, system } = await response.json();
  return user + system;
}

const TICKS_PER_SECOND = 100;

/**
 * CPU time (µs) of every PostgreSQL process on this machine so far, read from /proc; null where the
 * database is elsewhere or /proc is missing. Processes that start or end between two readings are
 * counted only while they are seen, which the backends of a warmed-up pool are not.
 */
export function databaseCpu() {
  let entries;
  try {
    entries = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  let ticks = 0;
  let seen = 0;
  for (const pid of entries) {
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    if (name !== 'postgres') continue;
    // Fields after the command name: state is field 3, utime 14, stime 15 (1-based).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
    seen++;
  }
  return seen === 0 ? null : (ticks * 1_000_000) / TICKS_PER_SECOND;
}
