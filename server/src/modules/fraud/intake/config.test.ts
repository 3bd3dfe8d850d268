import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../config';

describe('configuring the invoice intake (FRAUD-6)', () => {
  it('is off unless a port is given, also when the variable is empty', () => {
    expect(loadConfig({}).invoiceIntake).toBeNull();
    expect(
      loadConfig({ INVOICE_INTAKE_SMTP_PORT: '', INVOICE_INTAKE_ADDRESS: 'a@b.se' }).invoiceIntake,
    ).toBeNull();
  });

  it('listens on the local interface by default and accepts the address in any case', () => {
    expect(
      loadConfig({ INVOICE_INTAKE_SMTP_PORT: '0', INVOICE_INTAKE_ADDRESS: 'Kontroll@Vaksam.local' })
        .invoiceIntake,
    ).toEqual({ port: 0, host: '127.0.0.1', address: 'kontroll@vaksam.local' });
    expect(
      loadConfig({
        INVOICE_INTAKE_SMTP_PORT: '2525',
        INVOICE_INTAKE_SMTP_HOST: '0.0.0.0',
        INVOICE_INTAKE_ADDRESS: 'kontroll@vaksam.local',
      }).invoiceIntake,
    ).toEqual({ port: 2525, host: '0.0.0.0', address: 'kontroll@vaksam.local' });
  });

  it('refuses a port without an address, and a malformed address or port', () => {
    expect(() => loadConfig({ INVOICE_INTAKE_SMTP_PORT: '2525' })).toThrow(/INVOICE_INTAKE_ADDRESS/);
    expect(() =>
      loadConfig({ INVOICE_INTAKE_SMTP_PORT: '2525', INVOICE_INTAKE_ADDRESS: 'kontroll' }),
    ).toThrow(ConfigError);
    expect(() =>
      loadConfig({ INVOICE_INTAKE_SMTP_PORT: '70000', INVOICE_INTAKE_ADDRESS: 'kontroll@vaksam.local' }),
    ).toThrow(/INVOICE_INTAKE_SMTP_PORT/);
  });
});
