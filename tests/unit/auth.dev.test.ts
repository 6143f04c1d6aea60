import { createDevTokenProvider } from '../../src/auth';

describe('dev token provider (local mode)', () => {
  it('gives the acting person as a dev token', async () => {
    await expect(createDevTokenProvider(() => 'owner@demo.local').getAccessToken()).resolves.toBe('dev:owner@demo.local');
  });

  it('follows a change of acting person on the next call', async () => {
    let upn = 'member@demo.local';
    const provider = createDevTokenProvider(() => upn);
    await expect(provider.getAccessToken()).resolves.toBe('dev:member@demo.local');
    upn = 'visitor@demo.local';
    await expect(provider.getAccessToken()).resolves.toBe('dev:visitor@demo.local');
  });

  it('refuses to make a token for nobody', async () => {
    await expect(createDevTokenProvider(() => '  ').getAccessToken()).rejects.toMatchObject({ code: 'unauthenticated' });
  });
});
