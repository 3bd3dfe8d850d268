// npm run verify-audit-log: walks the audit log's hash chain and reports every broken link (PRIV-7, decision 026).
import { loadConfig } from '../src/config';
import { migrateDatabase } from '../src/db/migrate';
import { openDatabase } from '../src/db/open';
import { verifyAuditLog } from '../src/platform/audit-verify';

const config = loadConfig();
const database = await openDatabase(config);
try {
  await migrateDatabase(database);
  const result = await verifyAuditLog(database.db);
  console.log(`Audit log entries checked: ${result.checked}`);
  if (result.unchained > 0)
    console.log(`Entries written before the chain existed (not checked): ${result.unchained}`);
  if (result.head) console.log(`Head of the chain: #${result.head.seq} ${result.head.hash}`);
  for (const { seq, problem } of result.problems) console.log(`BROKEN at #${seq}: ${problem}`);
  console.log(
    result.problems.length === 0 ? 'The chain is intact.' : `${result.problems.length} broken link(s).`,
  );
  process.exitCode = result.problems.length === 0 ? 0 : 1;
} finally {
  await database.close();
}
