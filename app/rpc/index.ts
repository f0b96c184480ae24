export * from './client';
export * from './envelope';
export * from './logger';
export * from './server';
export * from './transport';
