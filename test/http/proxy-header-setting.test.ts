import { describe, expect, it } from 'vitest';
import { settingsFromEnv } from '../../src/settings';

describe('HENTETID_PROXY_HEADER', () => {
  it('is x-forwarded-for unless set, and takes forwarded in any case', () => {
    expect(settingsFromEnv({}).proxyHeader).toBe('x-forwarded-for');
    expect(settingsFromEnv({ HENTETID_PROXY_HEADER: '' }).proxyHeader).toBe('x-forwarded-for');
    expect(settingsFromEnv({ HENTETID_PROXY_HEADER: 'Forwarded' }).proxyHeader).toBe('forwarded');
    expect(settingsFromEnv({ HENTETID_PROXY_HEADER: 'X-Forwarded-For' }).proxyHeader).toBe('x-forwarded-for');
  });

  it('refuses any other header with a configuration error that names the setting', () => {
    for (const bad of ['x-real-ip', 'cf-connecting-ip', 'x-forwarded-for,forwarded']) {
      expect(() => settingsFromEnv({ HENTETID_PROXY_HEADER: bad }), bad).toThrow(/^Bad configuration: HENTETID_PROXY_HEADER/);
    }
  });
});
