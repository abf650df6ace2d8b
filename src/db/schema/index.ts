export * from './core';
export * from './outreach';
