import { type FraudEntryInput, nameWords, parseFraudIdentifier } from '@vaksam/domain/fraud';
import type { Queryable } from '../db/client';
import { fraudEntries, fraudEntryIdentifiers, fraudEntryReports } from '../db/schema';
import { replaceNameWords } from '../modules/fraud/queries';

/**
 * Varningslistan's demo entries: invented senders in the number range of the demo organisation, each saying
 * that it is a demo, so that nobody takes them for real warnings. Their numbers pass every checksum, so the
 * search and the invoice check can be tried on them.
 */
export const DEMO_FRAUD_ENTRIES: (FraudEntryInput & { reports: number })[] = [
  {
    companyName: 'Nordiska Företagsregistret Demo AB',
    addresses: ['Box 1401, 111 84 Stockholm'],
    identifiers: [
      { kind: 'organisationsnummer', value: '559901-8719' },
      { kind: 'bankgiro', value: '5327-1847' },
      { kind: 'website', value: 'foretagsregistret-demo.example' },
    ],
    description:
      'Demopost – påhittat företag. Skickar en faktura som ser ut som en avgift för registrering i ett officiellt ' +
      'företagsregister.\nBeloppet brukar vara 4 990 kr och förfallodagen kort. Ingen registrering har beställts.',
    reports: 7,
  },
  {
    companyName: 'Svensk Branschkatalog Demo HB',
    addresses: ['Kungsgatan 12, 411 19 Göteborg'],
    identifiers: [
      { kind: 'organisationsnummer', value: '559902-7348' },
      { kind: 'bankgiro', value: '5419-2638' },
      { kind: 'plusgiro', value: '487213-1' },
      { kind: 'email', value: 'faktura@branschkatalog-demo.example' },
    ],
    description:
      'Demopost – påhittat företag. Ringer upp och frågar om ”uppgifterna stämmer”, och skickar sedan en faktura ' +
      'för en annons i en branschkatalog som samtalet påstås ha beställt.',
    reports: 4,
  },
  {
    companyName: 'Domänförnyelse Europa Demo Ltd',
    addresses: [],
    identifiers: [
      { kind: 'iban', value: 'SE98 8000 0832 7900 0001 2345' },
      { kind: 'website', value: 'domain-renewal-demo.example' },
    ],
    description:
      'Demopost – påhittat företag. Skickar e-post om att företagets domännamn snart går ut och måste förnyas ' +
      'genom en betalning till ett utländskt konto. Domänen är inte registrerad hos avsändaren.',
    reports: 2,
  },
];

const DAY_MS = 86_400_000;

/** The demo entries with their reports spread over the last five weeks, so the top list has a month to show. */
export async function insertDemoFraudEntries(tx: Queryable, now: Date): Promise<void> {
  for (const [index, demo] of DEMO_FRAUD_ENTRIES.entries()) {
    const firstReport = new Date(now.getTime() - (35 - index) * DAY_MS);
    const [entry] = await tx
      .insert(fraudEntries)
      .values({
        companyName: demo.companyName,
        addresses: demo.addresses,
        description: demo.description,
        firstPublishedAt: firstReport,
      })
      .returning({ id: fraudEntries.id });
    if (!entry) throw new Error('demo fraud entry was not created');
    const identifiers = demo.identifiers.map((identifier, position) => {
      const parsed = parseFraudIdentifier(identifier.kind, identifier.value);
      if (!parsed) throw new Error(`demo identifier is invalid: ${identifier.value}`);
      return { entryId: entry.id, kind: parsed.kind, value: parsed.value, position };
    });
    if (identifiers.length > 0) await tx.insert(fraudEntryIdentifiers).values(identifiers);
    await replaceNameWords(tx, entry.id, nameWords(demo.companyName));
    await tx.insert(fraudEntryReports).values(
      Array.from({ length: demo.reports }, (_, report) => ({
        entryId: entry.id,
        receivedAt: new Date(
          firstReport.getTime() + (report * (now.getTime() - firstReport.getTime())) / demo.reports,
        ),
      })),
    );
  }
}
