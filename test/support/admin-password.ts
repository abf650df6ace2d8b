/** The first admin's password on every test database, Node file or the worker's local D1. */
export const ADMIN_PASSWORD = 'test-admin-password';
