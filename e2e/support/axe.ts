import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

const BLOCKING = new Set(['serious', 'critical']);

function describe(violation: Violation): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map(
      (node) =>
        `    - ${node.target.join(' ')}: ${node.html.slice(0, 160)}\n      ${node.failureSummary?.replace(/\n/g, '\n      ')}`,
    )
    .join('\n');
  return `  [${violation.impact}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
}

/**
 * Fails the test on serious and critical axe violations, softly: the journey goes on, so one run
 * reports every page's problems and any functional failure after them. Milder ones are only printed.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // A toast or panel still fading in has the colours of half its opacity; axe would judge those.
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every(
            (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
          ),
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  const minor = violations.filter((v) => !BLOCKING.has(v.impact ?? ''));
  if (minor.length > 0) console.log(`axe (${label}, not blocking):\n${minor.map(describe).join('\n')}`);
  const message = `axe violations on ${label} (${page.url()}):\n${blocking.map(describe).join('\n')}`;
  expect.soft(blocking.length, message).toBe(0);
}
