import { randomBytes } from 'node:crypto';

/** What a grant lets a media element read: one file, as it was when the grant was made. */
export interface MediaGrant {
  readonly path: string;
  readonly mime: string;
  readonly size: number;
  /** The project the grant was made for: closing or switching projects ends it. */
  readonly projectPath: string;
}

/** A grant nobody has read for this long is gone; a paused player asks for a new one when it fails. */
const IDLE_MS = 30 * 60 * 1000;
const MAX_GRANTS = 200;

/**
 * Short-lived, unguessable addresses for recordings. A media element's `src` cannot carry the web
 * mode's secret header, so the page asks the API (which checks the secret) for a grant and gets
 * `/media/<token>`: 256 random bits that name one file without saying which, never a path, and
 * that only this process honours. Both hosts (`gioia serve` and Electron's app:// protocol) look
 * the token up here before streaming a byte.
 */
export class MediaGrants {
  private readonly grants = new Map<string, MediaGrant & { used: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  issue(grant: MediaGrant): string {
    this.sweep();
    const token = randomBytes(32).toString('base64url');
    this.grants.set(token, { ...grant, used: this.now() });
    while (this.grants.size > MAX_GRANTS) {
      const oldest = this.grants.keys().next().value;
      if (oldest === undefined) break;
      this.grants.delete(oldest);
    }
    return token;
  }

  /** The grant behind `token` while it is fresh and its project is still the open one; each use keeps it alive. */
  resolve(token: string, openProjectPath: string | null): MediaGrant | null {
    const grant = this.grants.get(token);
    if (grant === undefined) return null;
    if (this.now() - grant.used > IDLE_MS || grant.projectPath !== openProjectPath) {
      this.grants.delete(token);
      return null;
    }
    grant.used = this.now();
    // Re-inserted so the map's order stays least recently used first.
    this.grants.delete(token);
    this.grants.set(token, grant);
    return grant;
  }

  clear(): void {
    this.grants.clear();
  }

  private sweep(): void {
    const now = this.now();
    for (const [token, grant] of this.grants) if (now - grant.used > IDLE_MS) this.grants.delete(token);
  }
}
