/** The demo organisation and people created on first start; the README lists the same logins. */
export const DEMO_PASSWORD = 'Vaksam-demo-2026';

/** Published on purpose so anyone can log in as the demo analyst and admin; never used for real accounts. */
export const DEMO_TOTP_SECRET = 'KVKFKRCPNZQUYMLXOBXGE3DBMFZGC3TB';

export const DEMO_ORG = { orgNumber: '5599001236', name: 'Demobutikerna i Sverige AB', sniCode: '47190' };

export const DEMO_UNITS = [
  {
    name: 'Butik Drottninggatan',
    street: 'Drottninggatan 45',
    postalCode: '111 21',
    city: 'Stockholm',
    municipalityCode: '0180',
    latitude: 59.3326,
    longitude: 18.0649,
  },
  {
    name: 'Butik Avenyn',
    street: 'Kungsportsavenyen 21',
    postalCode: '411 36',
    city: 'Göteborg',
    municipalityCode: '1480',
    latitude: 57.6995,
    longitude: 11.9746,
  },
];

/** Phone numbers from the series PTS keeps for fiction (070-174 06 05 – 070-174 06 99): never a real person's. */
export const DEMO_USERS = [
  {
    email: 'rapportor@demo.vaksam.se',
    name: 'Rita Rapportör',
    phone: '+46701740605',
    orgRole: 'reporter',
    platformRole: null,
    /** Waits in the analysts' queue on first start, so verifying a membership can be tried at once. */
    membershipNumber: 'SH-204817',
  },
  {
    email: 'chef@demo.vaksam.se',
    name: 'Carl Chef',
    phone: '+46701740606',
    orgRole: 'manager',
    platformRole: null,
  },
  {
    email: 'sakerhet@demo.vaksam.se',
    name: 'Sara Säkerhetskontakt',
    phone: '+46701740607',
    orgRole: 'security_contact',
    platformRole: null,
    /** Already verified, so that creating a group (GRP-2) can be tried at once. */
    verifiedMembershipNumber: 'SH-118402',
  },
  {
    email: 'analytiker@demo.vaksam.se',
    name: 'Anna Analytiker',
    phone: null,
    orgRole: null,
    platformRole: 'analyst',
  },
  { email: 'admin@demo.vaksam.se', name: 'Adam Admin', phone: null, orgRole: null, platformRole: 'admin' },
] as const;
