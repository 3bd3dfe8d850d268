import { sql } from 'drizzle-orm';
import type { Database } from '../server/src/db/client';

export const BENCH_FRAUD_ENTRIES = 20_000;

/** Syllables that make up invented company words ("Kalvoria", "Bermotek"): names as varied as real ones. */
const SYLLABLES = [
  'al',
  'ber',
  'cor',
  'dal',
  'en',
  'fin',
  'gra',
  'hal',
  'in',
  'jor',
  'kal',
  'lin',
  'mo',
  'nor',
  'ol',
  'pra',
  'qu',
  'ros',
  'sal',
  'tek',
  'ul',
  'ver',
  'wi',
  'xa',
  'yl',
  'zen',
  'ak',
  'bo',
  'ce',
  'di',
  'ek',
  'fo',
  'ge',
  'hu',
  'is',
  'ja',
  'ko',
  'la',
  'me',
  'ni',
  'ox',
  'pe',
  'ri',
  'so',
  'tu',
  'un',
  'va',
  'vik',
  'stad',
  'berg',
  'ström',
  'lund',
  'holm',
  'gård',
  'dahl',
  'vall',
  'ia',
  'ex',
  'ona',
  'tics',
];
/** Words real senders share: the list's names overlap in these, as Varningslistan's do. */
const COMMON = [
  'Nordiska',
  'Svenska',
  'Europeiska',
  'Skandinaviska',
  'Centrala',
  'Allmänna',
  'Nationella',
  'Sverige',
];
const TRADES = [
  'Företagsregistret',
  'Branschkatalogen',
  'Media',
  'Konsult',
  'Register',
  'Annons',
  'Förlag',
  'Data',
  'Info',
  'Marknad',
  'Kredit',
  'Domän',
  'Webb',
  'Partner',
  'Service',
  'Handel',
];
const FORMS = ['AB', 'HB', 'Ltd', 'KB', 'AB', 'AB', 'Group AB', 'Sverige AB'];

const pick = (list: string[], byte: number) =>
  `(${sqlArray(list)})[1 + get_byte(h, ${byte}) % ${list.length}]`;
const sqlArray = (list: string[]) => `array[${list.map((s) => `'${s}'`).join(',')}]`;

/**
 * Varningslistan with 20,000 senders: invented words built from syllables, a third of them with a shared
 * word in front, half with a trade word, all with a legal form; each with an organisationsnummer, a bankgiro
 * and one to three reports. Returns a real name from the list misspelt twice, for the search to look for.
 */
export async function seedBenchFraudList(db: Database): Promise<{ misspeltName: string }> {
  const word = (first: number) =>
    `initcap(${pick(SYLLABLES, first)} || ${pick(SYLLABLES, first + 1)} || ${pick(SYLLABLES, first + 2)})`;
  const name = `
    case when get_byte(h, 0) % 3 = 0 then ${pick(COMMON, 1)} || ' ' else '' end
    || ${word(2)}
    || case when get_byte(h, 5) % 4 = 0 then ' ' || ${word(6)} else '' end
    || case when get_byte(h, 9) % 2 = 0 then ' ' || ${pick(TRADES, 10)} else '' end
    || ' ' || ${pick(FORMS, 11)}`;
  await db.execute(
    sql.raw(`
    insert into fraud_entries (id, company_name, description, first_published_at, created_at, updated_at)
    select
      (lpad(to_hex((extract(epoch from now()) * 1000)::bigint - ${BENCH_FRAUD_ENTRIES} + i), 12, '0')
        || '7' || lpad(to_hex(i % 4096), 3, '0') || '8' || lpad(to_hex(i), 15, '0'))::uuid,
      ${name},
      'Skickar fakturor för tjänster som ingen har beställt. Post nummer ' || i || '.',
      now() - make_interval(hours => ${BENCH_FRAUD_ENTRIES} - i),
      now(), now()
    from (select i, decode(md5(i::text), 'hex') as h from generate_series(1, ${BENCH_FRAUD_ENTRIES}) as i) as seeds`),
  );
  await db.execute(sql`
    insert into fraud_entry_identifiers (entry_id, kind, value, position)
    select id, 'organisationsnummer', '55' || lpad((row_number() over (order by id))::text, 8, '0'), 0 from fraud_entries
    union all
    select id, 'bankgiro', '5' || lpad((row_number() over (order by id))::text, 7, '0'), 1 from fraud_entries`);
  // The same words `nameWords` makes: lower case, split at anything but letters and digits, no legal forms.
  await db.execute(sql`
    insert into fraud_name_words (entry_id, word)
    select distinct id, word
    from fraud_entries, regexp_split_to_table(lower(company_name), '[^a-z0-9åäöéü]+') as word
    where length(word) >= 2 and word not in ('ab', 'hb', 'kb', 'ltd', 'group')`);
  await db.execute(sql`insert into fraud_name_vocabulary (word) select distinct word from fraud_name_words`);
  await db.execute(sql`
    insert into fraud_entry_reports (id, entry_id, received_at)
    select gen_random_uuid(), e.id, e.first_published_at + make_interval(days => n)
    from fraud_entries e, generate_series(0, 2) as n
    where n <= (('x' || substr(e.id::text, 36, 1))::bit(4)::int % 3)`);
  await db.execute(
    sql`vacuum analyze fraud_entries, fraud_entry_identifiers, fraud_entry_reports, fraud_name_words, fraud_name_vocabulary`,
  );
  const sample = await db.execute<{ company_name: string }>(
    sql`select company_name from fraud_entries where company_name like '% % %' order by id offset 1234 limit 1`,
  );
  const real = (sample as unknown as { rows: { company_name: string }[] }).rows[0]?.company_name ?? '';
  return { misspeltName: misspell(real) };
}

/** Two typos a hurried person makes: a letter dropped, two neighbours swapped. */
function misspell(name: string): string {
  const dropped = name.slice(0, 3) + name.slice(4);
  const at = Math.max(0, dropped.length - 5);
  return dropped.slice(0, at) + dropped[at + 1] + dropped[at] + dropped.slice(at + 2);
}
