import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFraudIdentifier } from '@vaksam/domain/fraud';
import { isValidOrgNumber } from '@vaksam/domain/identifiers/organisationsnummer';
import { findMunicipality } from '@vaksam/domain/taxonomy/geo';
import { describe, expect, it } from 'vitest';
import { DEMO_ORG, DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_UNITS, DEMO_USERS } from './demo-accounts';
import { DEMO_FRAUD_ENTRIES } from './fraud-entries';

const root = path.resolve(import.meta.dirname, '../../..');

describe('demo data', () => {
  it('uses a valid organisationsnummer and units in two kommuner', () => {
    expect(isValidOrgNumber(DEMO_ORG.orgNumber)).toBe(true);
    const kommuner = new Set(DEMO_UNITS.map((u) => u.municipalityCode));
    expect(kommuner.size).toBe(2);
    for (const code of kommuner) expect(findMunicipality(code)).toBeDefined();
  });

  it('is documented in the README with the same logins', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain(DEMO_PASSWORD);
    for (const user of DEMO_USERS) expect(readme).toContain(user.email);
    expect(readFileSync(path.join(root, 'scripts/demo-totp.mjs'), 'utf8')).toContain(DEMO_TOTP_SECRET);
  });

  it('lists invented senders on Varningslistan whose numbers pass their checksums', () => {
    for (const entry of DEMO_FRAUD_ENTRIES) {
      expect(entry.description).toMatch(/^Demopost – påhittat företag\./);
      for (const identifier of entry.identifiers) {
        expect(parseFraudIdentifier(identifier.kind, identifier.value), identifier.value).not.toBeNull();
      }
    }
  });
});
