/** The demo logins listed in the README (server/src/demo/demo-accounts.ts creates them on an empty database). */
export const DEMO_PASSWORD = 'Vaksam-demo-2026';
export const DEMO_ORG_NAME = 'Demobutikerna i Sverige AB';
export const DEMO_UNIT_NAMES = ['Butik Drottninggatan', 'Butik Avenyn'];

export const demoManager = { email: 'chef@demo.vaksam.se', password: DEMO_PASSWORD };
export const demoReporter = { email: 'rapportor@demo.vaksam.se', password: DEMO_PASSWORD };
/** Published in the README: the demo analyst's and admin's second factor. */
export const DEMO_TOTP_SECRET = 'KVKFKRCPNZQUYMLXOBXGE3DBMFZGC3TB';
export const demoAnalyst = { email: 'analytiker@demo.vaksam.se', password: DEMO_PASSWORD };
