import { dictionary } from '@zxcvbn-ts/language-common';

// The shared list is English-heavy; these are what Swedish users reach for first.
const SWEDISH_COMMON = [
  'lösenord',
  'losenord',
  'lösenord1',
  'lösenord123',
  'losenord123',
  'sommar2024',
  'sommar2025',
  'sommar2026',
  'vinter2025',
  'vinter2026',
  'hejhej123',
  'sverige1',
  'sverige123',
  'stockholm1',
  'göteborg1',
  'malmö123',
  'qwertyuiopå',
  'vaksam123',
  'vaksam2026',
  'välkommen1',
  'valkommen1',
  'välkommen123',
];

let common: Set<string> | undefined;

export function isCommonPassword(loweredPassword: string): boolean {
  common ??= new Set([...dictionary['passwords-common'].filter((p) => p.length >= 8), ...SWEDISH_COMMON]);
  return common.has(loweredPassword);
}
