import { afterAll, beforeAll } from 'vitest';
import { ApiClient } from './client';
import { openTarget, type Target } from './target';

/** Which runtime this run tests; known before any target opens, so usable in `skipIf`. */
export const onWorker = process.env.HENTETID_TEST_TARGET === 'worker';

/**
 * The target and a client for one test file: opened before its tests and closed after them.
 * Both can be taken at module level; the target forwards to the real one once it is open.
 */
export function useTarget(options: Parameters<typeof openTarget>[0] = {}): { target: Target; api: ApiClient } {
  let opened: Target | undefined;
  beforeAll(async () => {
    opened = await openTarget(options);
  });
  afterAll(async () => {
    await opened?.close();
  });
  const target = new Proxy({} as Target, {
    get(_, key: string | symbol) {
      if (key === 'runtime') return onWorker ? 'worker' : 'node';
      if (!opened) throw new Error(`target.${String(key)} used before the target opened (beforeAll)`);
      return opened[key as keyof Target];
    },
  });
  return { target, api: new ApiClient(target) };
}
