export * from './core';
export * from './outreach';
export * from './reports';
export * from './audit';
export * from './rounds';
