export * from './accounts';
export * from './attachments';
export * from './cameras';
export * from './incidents';
export * from './notifications';
export * from './orgs';
export * from './platform';
export * from './police';
