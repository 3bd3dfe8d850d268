export * from './accounts';
export * from './incidents';
export * from './orgs';
export * from './platform';
