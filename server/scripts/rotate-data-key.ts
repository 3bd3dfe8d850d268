// npm run rotate-data-key [-- --prune]: seals every crisis profile again with the current data key (decision 025).
import { loadConfig } from '../src/config';
import { migrateDatabase } from '../src/db/migrate';
import { openDatabase } from '../src/db/open';
import { keySourceOf } from '../src/modules/crisis/keys';
import { rotateDataKeys } from '../src/modules/crisis/rotation';

const prune = process.argv.includes('--prune');
const config = loadConfig();
const source = keySourceOf(config);
const database = await openDatabase(config);
try {
  await migrateDatabase(database);
  const result = await rotateDataKeys(database.db, source, {
    newKey: source.kind === 'file' && !prune,
    prune,
  });
  console.log(`Current data key: ${result.currentKeyId}`);
  console.log(`Crisis profiles sealed again: ${result.resealed}`);
  if (source.kind === 'file') {
    console.log(
      prune
        ? `Keys removed from ${source.file}: ${result.keysRemoved}`
        : `The old keys stay in ${source.file} until every server has restarted; then run: npm run rotate-data-key -- --prune`,
    );
  } else {
    console.log(
      'Every profile is sealed with VAKSAM_DATA_KEY: remove VAKSAM_DATA_KEYS_PREVIOUS and restart.',
    );
  }
} finally {
  await database.close();
}
