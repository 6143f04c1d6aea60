import { createGuards } from './guards';

const status = (run: () => unknown): number | 'ok' => {
  try {
    run();
    return 'ok';
  } catch (error) {
    return (error as { status: number }).status;
  }
};

describe('request guards (DNS rebinding and cross-site requests)', () => {
  const guards = createGuards('127.0.0.1', ['https://tab.devtunnels.ms']);

  it.each(['127.0.0.1:53000', 'localhost:53000', '[::1]:53000', 'app.localhost:53000', '192.168.1.20:53000', 'tab.devtunnels.ms'])('serves a request addressed to %s', (host) => {
    expect(status(() => guards.checkHost(host))).toBe('ok');
  });

  it.each(['evil.example:53000', 'localhost.evil.example:53000', '127.0.0.1.nip.io:53000', ''])('refuses a request addressed to %j (a rebound name) with 421', (host) => {
    expect(status(() => guards.checkHost(host))).toBe(421);
  });

  it('accepts the tab’s own origin and a configured one, and refuses every other page with 403', () => {
    expect(guards.checkOrigin('http://127.0.0.1:53000', '127.0.0.1:53000')).toBe('http://127.0.0.1:53000');
    expect(guards.checkOrigin('https://tab.devtunnels.ms', '127.0.0.1:53000')).toBe('https://tab.devtunnels.ms');
    expect(guards.checkOrigin(undefined, '127.0.0.1:53000')).toBeUndefined();
    for (const origin of ['https://evil.example', 'http://127.0.0.1:8080', 'null', 'file://', 'not a url']) {
      expect({ origin, status: status(() => guards.checkOrigin(origin, '127.0.0.1:53000')) }).toEqual({ origin, status: 403 });
    }
  });
});
