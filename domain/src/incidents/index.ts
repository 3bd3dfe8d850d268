export * from './api';
export * from './form';
export * from './taxonomy';
