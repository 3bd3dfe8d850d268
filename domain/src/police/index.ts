export * from './api';
export * from './crime-types';
export * from './gaps';
export * from './payload';
