import type { Config } from '../config';
import { type DatabaseHandle, openPglite, openPostgres } from './client';

export function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
): Promise<DatabaseHandle> | DatabaseHandle {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir);
}
