export * from './knummer';
export * from './luhn';
export * from './organisationsnummer';
export * from './personnummer';
