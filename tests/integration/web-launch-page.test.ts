import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeLaunchPage } from '../../src/cli/web/launch-page';

const LAUNCH = 'http://127.0.0.1:4321/#launch=abc&def';

describe('the page the browser opener is given', () => {
  it('has an address without the launch token, so the process list never shows it', () => {
    const page = writeLaunchPage(LAUNCH);
    try {
      expect(page.fileUrl).toMatch(/^file:\/\//);
      expect(page.fileUrl).not.toContain('abc');
    } finally {
      page.remove();
    }
  });

  it('is readable by this user only and sends the browser on to the launch address', () => {
    const page = writeLaunchPage(LAUNCH);
    try {
      const file = fileURLToPath(page.fileUrl);
      expect(statSync(file).mode & 0o077).toBe(0);
      expect(readFileSync(file, 'utf8')).toContain('content="0;url=http://127.0.0.1:4321/#launch=abc&amp;def"');
    } finally {
      page.remove();
    }
  });

  it('is gone once removed', () => {
    const page = writeLaunchPage(LAUNCH);
    page.remove();
    expect(existsSync(fileURLToPath(page.fileUrl))).toBe(false);
  });
});
