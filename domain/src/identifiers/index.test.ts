import { describe, expect, it } from 'vitest';
import * as identifiers from './index';

describe('identifiers barrel', () => {
  it('exposes the public API', () => {
    for (const name of [
      'parseOrgNumber',
      'isValidOrgNumber',
      'normalizeOrgNumber',
      'formatOrgNumber',
      'orgNumberSchema',
      'orgNumberInputSchema',
      'parsePersonnummer',
      'isValidPersonnummer',
      'personnummerSchema',
      'luhnCheckDigit',
      'isLuhnValid',
    ]) {
      expect(identifiers, name).toHaveProperty(name);
    }
  });
});
