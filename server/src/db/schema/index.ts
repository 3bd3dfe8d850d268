export * from './accounts';
export * from './cameras';
export * from './incidents';
export * from './orgs';
export * from './platform';
