import { describe, expect, it } from 'vitest';
import { invoicePdf } from './files';

/**
 * Libraries that polyfill built-ins (pdf.js's build for Node installs core-js) slow every request down: a
 * replaced JSON.stringify made each JSON answer several times dearer. The server and everything it loads,
 * and the work it hands to threads, must leave the built-ins of the request thread as they were.
 */
const watched = {
  JSON: ['stringify', 'parse'],
  Object: ['assign', 'entries', 'fromEntries', 'groupBy', 'hasOwn'],
  'Array.prototype': ['at', 'flat', 'flatMap', 'includes', 'toSorted', 'findLast'],
  'String.prototype': ['at', 'replaceAll', 'padStart', 'isWellFormed'],
  Promise: ['allSettled', 'any', 'withResolvers'],
  'Map.prototype': ['get', 'set'],
  'Uint8Array.prototype': ['slice', 'set'],
  globalThis: ['structuredClone', 'URL', 'TextDecoder', 'ReadableStream', 'DOMMatrix', 'Path2D'],
} as const;

function snapshot(): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const [owner, names] of Object.entries(watched)) {
    const target = owner.split('.').reduce<unknown>((object, key) => (object as never)[key], globalThis);
    for (const name of names) values.set(`${owner}.${name}`, (target as Record<string, unknown>)[name]);
  }
  return values;
}

describe('the request thread keeps its built-ins', () => {
  it('after loading the server and reading an invoice PDF', async () => {
    const before = snapshot();
    const { extractPdfText } = await import('../src/modules/fraud/invoice-text');
    await import('../src/app');
    expect(await extractPdfText(await invoicePdf(['Bankgiro 5050-1055']))).toContain('5050-1055');
    const changed = [...snapshot()].filter(([key, value]) => before.get(key) !== value).map(([key]) => key);
    expect(changed).toEqual([]);
  });
});
