import type { Config } from '../../config';
import { type KeySource, loadKeySource } from '../../platform/crypto/keyring';

/** Where this server's data keys come from, as configured (decision 025). */
export const keySourceOf = (config: Pick<Config, 'dataKeys' | 'dataDir'>): KeySource =>
  loadKeySource({
    dataKey: config.dataKeys.current,
    previousKeys: config.dataKeys.previous,
    dataDir: config.dataDir,
  });
