export * from './bankgiro';
export * from './iban';
export * from './knummer';
export * from './luhn';
export * from './organisationsnummer';
export * from './personnummer';
export * from './plusgiro';
