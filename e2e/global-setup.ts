import fs from 'node:fs';
import path from 'node:path';

/** Screenshots are copied outside the artifacts folder; start each run without the previous run's. */
export default function globalSetup(): void {
  fs.rmSync(path.resolve(import.meta.dirname, '../test-results/e2e-screenshots'), {
    recursive: true,
    force: true,
  });
}
