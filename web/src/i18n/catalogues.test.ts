import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import sv from './sv.json';

const SRC_DIR = fileURLToPath(new URL('..', import.meta.url));

function flatten(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'object' && value !== null ? flatten(value, path) : [path];
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.(test|d)\.ts$/.test(name) ? [path] : [];
  });
}

/** Keys passed as literals to t('…'), and the static prefixes of template keys such as t(`roles.${role}`). */
function usedKeys(): { literal: Set<string>; prefixes: Set<string> } {
  const literal = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of sourceFiles(SRC_DIR)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*'([^']+)'/g)) literal.add(match[1] as string);
    for (const match of text.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)) prefixes.add(match[1] as string);
  }
  return { literal, prefixes };
}

const svKeys = new Set(flatten(sv));
const enKeys = new Set(flatten(en));

describe('translation catalogues', () => {
  it('have the same keys in Swedish and English', () => {
    expect([...svKeys].filter((key) => !enKeys.has(key))).toEqual([]);
    expect([...enKeys].filter((key) => !svKeys.has(key))).toEqual([]);
  });

  it('have no empty texts', () => {
    const empty = (catalogue: object) =>
      flatten(catalogue).filter((key) => {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue);
        return typeof value !== 'string' || value.trim() === '';
      });
    expect(empty(sv)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });

  it('contain every key the source uses', () => {
    const { literal, prefixes } = usedKeys();
    expect(literal.size).toBeGreaterThan(50);
    // A key used with `count` is looked up by i18next with its plural suffixes.
    const present = (key: string) =>
      svKeys.has(key) || (svKeys.has(`${key}_one`) && svKeys.has(`${key}_other`));
    expect([...literal].filter((key) => !present(key))).toEqual([]);
    for (const prefix of prefixes) {
      expect(
        [...svKeys].some((key) => key.startsWith(prefix)),
        `no keys start with ${prefix}`,
      ).toBe(true);
    }
  });

  it('use the same interpolation variables in both languages', () => {
    const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const lookup = (catalogue: object, key: string) =>
      key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue) as string;
    const mismatched = [...svKeys].filter(
      (key) => enKeys.has(key) && variables(lookup(sv, key)).join() !== variables(lookup(en, key)).join(),
    );
    expect(mismatched).toEqual([]);
  });
});
