import type { Context } from 'hono';
import type { Role } from '../db/schema';
import type { Database, Store } from '../db/store';
import type { Settings } from '../settings';

export type SessionUser = { id: number; username: string; role: Role };

/** What every handler reaches through `c.var`: the runtime's store, the settings and the clock. */
export type Services = {
  store: Store;
  db: Database;
  settings: Settings;
  /** Epoch ms; injectable so tests can stand on a chosen day. */
  now: () => number;
  /** The caller's address for throttling: the socket on Node, CF-Connecting-IP on Workers. */
  clientAddress: (c: Context) => string;
};

export type AppEnv = {
  Variables: {
    services: Services;
    user: SessionUser | null;
  };
};
