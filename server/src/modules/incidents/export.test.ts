import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/client';
import type { TestOrg } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { auditLog, incidents } from '../../db/schema';
import { exportFileName, exportIncidents } from './export';
import { csvCell, csvLine, stockholmDateTime, swedishDecimal } from './export-csv';

let t: TestApp;
let org: TestOrg;
let managerId: string;
let manager: TestClient;
let reporter: TestClient;
let reporterId: string;
let unitId: string;

beforeAll(async () => {
  t = await startTestApp();
  const member = await t.factories.member('manager');
  org = member.org;
  managerId = member.user.id;
  manager = await t.factories.signedIn(member.user, t.url);
  const reporting = await t.factories.member('reporter', org);
  reporterId = reporting.user.id;
  reporter = await t.factories.signedIn(reporting.user, t.url);
  unitId = (await t.factories.unit(org, 'Butik; "Storgatan"')).id;
});
afterAll(() => t.close());

/** Splits an export into records, honouring quoted fields that hold separators and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      record.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || record.length > 0) throw new Error('the export does not end with CRLF');
  return records;
}

const exportOf = async (client: TestClient, query = `orgId=${org.id}`) => {
  const response = await client.download(`/api/v1/incidents/export.csv?${query}`);
  return { ...response, text: response.bytes.toString('utf8') };
};

describe('CSV cells', () => {
  it('quotes separators, quotes and line breaks per RFC 4180', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('he said "hi"')).toBe('"he said ""hi"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvLine(['a', null, 3])).toBe('a;;3\r\n');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","klicka")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""klicka"")"',
    );
    expect(csvCell('+46 70 123')).toBe("'+46 70 123");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe('"\'\rcmd"');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes Swedish time and decimal commas', () => {
    expect(stockholmDateTime(new Date('2026-07-01T12:05:00Z'))).toBe('2026-07-01 14:05');
    expect(stockholmDateTime(new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-16 00:30');
    expect(swedishDecimal(59.329323)).toBe('59,329323');
    expect(swedishDecimal(null)).toBeNull();
    expect(exportFileName(new Date('2026-12-31T23:30:00Z'))).toBe('vaksam-rapporter-2027-01-01.csv');
  });
});

describe('incident export (INC-8)', () => {
  it('streams a UTF-8 file with BOM, Swedish header, labels, escaping and neutralised formulas', async () => {
    const filed = await reporter.post('/api/v1/incidents', {
      orgId: org.id,
      type: 'robbery',
      severity: 'serious',
      unitId,
      occurredAt: '2026-07-01T12:05:00Z',
      description: '=HYPERLINK("http://evil.example";"Klicka")\nRånaren sa "pengarna; nu".',
      kNumber: 'K123456-26',
    });
    expect(filed.status).toBe(201);

    const response = await exportOf(manager);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${exportFileName()}"`);
    expect(response.headers.get('content-disposition')).toMatch(/vaksam-rapporter-\d{4}-\d{2}-\d{2}\.csv/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect([...response.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const [header, row, ...rest] = parseCsv(response.text.slice(1));
    expect(rest).toEqual([]);
    expect(header).toEqual([
      'Id',
      'Organisation',
      'Enhet',
      'Typ',
      'Allvarlighetsgrad',
      'Status',
      'Inträffade',
      'Rapporterad',
      'Latitud',
      'Longitud',
      'Beskrivning',
      'Rapportör',
      'K-nummer',
      'Delning',
    ]);
    expect(row).toEqual([
      filed.body.id,
      org.name,
      'Butik; "Storgatan"',
      'Rån',
      'Allvarlig händelse',
      'Ny',
      '2026-07-01 14:05',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
      '',
      '',
      '\'=HYPERLINK("http://evil.example";"Klicka")\nRånaren sa "pengarna; nu".',
      expect.any(String),
      'K123456-26',
      'Endast organisationen',
    ]);
    // The raw file quotes the description, so the formula sign is not the first character of the field.
    expect(response.text).toContain(`;"'=HYPERLINK(""http://evil.example"";""Klicka"")`);

    const audit = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, org.id), eq(auditLog.action, 'incidents.exported')));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorUserId).toBe(managerId);
    expect(audit[0]?.details).toMatchObject({ format: 'csv', filters: { text: false } });
  });

  it('applies the list filters and writes positions with a decimal comma', async () => {
    await reporter.post('/api/v1/incidents', {
      orgId: org.id,
      type: 'vandalism',
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      latitude: 59.329323,
      longitude: 18.068581,
      description: 'Klotter på fasaden.',
    });
    const vandalism = parseCsv((await exportOf(manager, `orgId=${org.id}&type=vandalism`)).text.slice(1));
    expect(vandalism).toHaveLength(2);
    expect(vandalism[1]?.slice(3, 4)).toEqual(['Skadegörelse']);
    expect(vandalism[1]?.slice(8, 10)).toEqual(['59,329323', '18,068581']);
    const byText = parseCsv((await exportOf(manager, `orgId=${org.id}&q=fasaden`)).text.slice(1));
    expect(byText.map((r) => r[10])).toEqual(['Beskrivning', 'Klotter på fasaden.']);
    const none = await exportOf(manager, `orgId=${org.id}&status=closed`);
    expect(none.text).toBe(`\uFEFF${csvLine(parseCsv(none.text.slice(1))[0] ?? [])}`);
    // Without an organisation filter the manager gets what their list shows.
    expect(parseCsv((await exportOf(manager, '')).text.slice(1))).toHaveLength(3);
  });

  it('reads every page in order and stops at the cap', async () => {
    const big = await t.factories.member('manager');
    const rows = Array.from({ length: 1203 }, (_, i) => ({
      orgId: big.org.id,
      reporterId,
      type: 'theft',
      occurredAt: new Date(Date.now() - i * 60_000),
      description: `Rapport ${i}`,
      formVersion: 1,
    }));
    await t.deps.db.insert(incidents).values(rows);
    const client = await t.factories.signedIn(big.user, t.url);
    const all = parseCsv((await exportOf(client, `orgId=${big.org.id}`)).text.slice(1)).slice(1);
    expect(all).toHaveLength(1203);
    expect(new Set(all.map((r) => r[0])).size).toBe(1203);
    const ids = all.map((r) => r[0] ?? '');
    expect(ids).toEqual([...ids].sort().reverse());

    const actor = {
      userId: big.user.id,
      platformRole: null,
      federationMember: false,
      memberships: [{ orgId: big.org.id, role: 'manager' as const }],
    };
    let capped = '';
    for await (const chunk of await exportIncidents(t.deps, actor, { orgId: big.org.id }, 700))
      capped += chunk;
    const cappedRows = parseCsv(capped.slice(1)).slice(1);
    expect(cappedRows.map((r) => r[0])).toEqual(ids.slice(0, 700));
  });

  it('is for managers: reporters are refused, other organisations get 404, signed-out 401', async () => {
    expect((await exportOf(reporter)).status).toBe(403);
    expect((await exportOf(reporter, '')).status).toBe(403);
    const foreign = await t.factories.signedIn((await t.factories.member('manager')).user, t.url);
    const hidden = await exportOf(foreign);
    expect(hidden.status).toBe(404);
    expect(hidden.text).not.toContain(org.name);
    expect((await exportOf(t.client())).status).toBe(401);
    const bad = await manager.get(`/api/v1/incidents/export.csv?orgId=${org.id}&from=yesterday`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.from).toBeTruthy();
  });
});
