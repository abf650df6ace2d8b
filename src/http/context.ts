import type { SessionUser } from '../auth/sessions';
import type { Services } from '../services';
import type { Caller } from './client-address';

export type AppEnv = {
  Variables: {
    services: Services;
    caller: Caller;
    user: SessionUser | null;
  };
};
