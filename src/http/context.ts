import type { Role } from '../domain/vocabulary';
import type { Services } from '../services';

export type SessionUser = { id: number; username: string; role: Role };

export type AppEnv = {
  Variables: {
    services: Services;
    user: SessionUser | null;
  };
};
