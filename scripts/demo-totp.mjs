// Prints the current six-digit code for the demo analyst and admin (their TOTP secret is public on purpose).
import { authenticator } from 'otplib';

const DEMO_TOTP_SECRET = 'KVKFKRCPNZQUYMLXOBXGE3DBMFZGC3TB';
const secondsLeft = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(`${authenticator.generate(DEMO_TOTP_SECRET)}  (giltig i ${secondsLeft} s till)`);
