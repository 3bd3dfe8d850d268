import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/open';
import { seedDemoData } from './demo/seed';
import { startInvoiceIntake } from './modules/fraud/intake/server';
import { closeServer } from './platform/http/close';
import { createLogger, createRuntime } from './runtime';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const database = await openDatabase(config);
  const deps = await createRuntime(config, database, logger);
  await deps.jobs.start({ work: true });
  if (config.demoData) await seedDemoData(deps);
  const app = await buildApp(deps);
  await app.listen({ port: config.port, host: config.host });
  logger.info(
    { database: database.kind, mail: deps.mailer.kind, url: config.publicUrl },
    `Vaksam is running at ${config.publicUrl}`,
  );
  const intake = config.invoiceIntake ? await startInvoiceIntake(deps, config.invoiceIntake) : null;

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await closeServer(app);
    await intake?.close();
    await deps.jobs.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
