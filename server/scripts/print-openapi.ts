// Prints the OpenAPI document to stdout; the web client is generated from it (npm run generate:client).
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createPglite, wrapPglite } from '../src/db/client';
import { createLogger, createRuntime } from '../src/runtime';

const config = { ...loadConfig({ NODE_ENV: 'development', DEMO_DATA: 'false' }), webDistDir: undefined };
const database = wrapPglite(await createPglite());
const deps = await createRuntime(config, database, createLogger({ logLevel: 'silent' }));
const app = await buildApp(deps);
await app.ready();
process.stdout.write(`${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
await database.close();
