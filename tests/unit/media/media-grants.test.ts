import { describe, expect, it } from 'vitest';
import { MediaGrants } from '../../../src/backend/media/media-grants';

const grant = { path: '/rec/a.ogg', mime: 'audio/ogg', size: 10, projectPath: '/p/one.gioia' };

describe('media grants', () => {
  it('honours a token for the project it was issued for', () => {
    const grants = new MediaGrants();
    expect(grants.resolve(grants.issue(grant), '/p/one.gioia')).toMatchObject({ path: '/rec/a.ogg' });
  });

  it('refuses a token once another project is open', () => {
    const grants = new MediaGrants();
    expect(grants.resolve(grants.issue(grant), '/p/two.gioia')).toBeNull();
  });

  it('forgets a token nobody has read for half an hour', () => {
    let now = 0;
    const grants = new MediaGrants(() => now);
    const token = grants.issue(grant);
    now = 31 * 60 * 1000;
    expect(grants.resolve(token, '/p/one.gioia')).toBeNull();
  });

  it('issues addresses that name no file', () => {
    const token = new MediaGrants().issue(grant);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(token).not.toContain('a.ogg');
  });
});
