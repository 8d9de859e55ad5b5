import { join, resolve } from 'node:path';
import { ProjectStore } from '../../../src/storage';
import { createProjectFile } from '../../../src/backend';

/** Resources folder whose demo/ holds the mini manifest (same shape as resources/demo). */
export const MINI_RESOURCES = resolve(__dirname, '../../fixtures/demo-mini');
export const REAL_RESOURCES = resolve(__dirname, '../../../resources');

/** An empty project (project row + one coder) opened for the test. */
export async function emptyProject(dir: string, name = 'p.gioia'): Promise<ProjectStore> {
  const path = join(dir, name);
  await createProjectFile(path, { appVersion: 'test', coderName: 'Tester' });
  return ProjectStore.open(path, { create: false });
}
