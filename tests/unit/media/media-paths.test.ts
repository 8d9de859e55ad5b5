import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mediaFolder, resolveMediaPath, storedMediaPath } from '../../../src/backend/media/media-paths';

const project = join('/study', 'Interviews.gioia');

describe('how a project names its recordings', () => {
  it('stores a recording under the project folder relative to it, with slashes', () => {
    expect(storedMediaPath(project, join('/study', 'audio', 'p1.m4a'))).toBe('audio/p1.m4a');
  });

  it('stores a recording in a sibling folder of the project folder relative to it', () => {
    expect(storedMediaPath(join('/work', 'study', 'x.gioia'), join('/work', 'audio', 'p1.m4a'))).toBe('../audio/p1.m4a');
  });

  it('stores a recording elsewhere on the disk by its absolute path', () => {
    expect(storedMediaPath(project, '/home/ana/recordings/deep/p1.m4a')).toBe('/home/ana/recordings/deep/p1.m4a');
  });

  it('resolves a stored relative path against the project folder wherever it moved', () => {
    expect(resolveMediaPath(join('/moved', 'Interviews.gioia'), 'audio/p1.m4a')).toBe(join('/moved', 'audio', 'p1.m4a'));
  });

  it('copies recordings into a folder named after the project', () => {
    expect(mediaFolder(project)).toBe(join('/study', 'Interviews media'));
  });
});
