export * from './geo';
export * from './sni';
