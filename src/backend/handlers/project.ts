import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FeatureHandlers } from '../../shared/api';
import type { PROJECT_CHANNELS } from '../../shared/channels';
import { DEMO_FILE_NAME, writeDemoProject } from '../demo';
import { createProjectFile } from '../project-files';
import { effectiveFilter, scopedCodes, scopedSegments } from '../analysis/coder-scope';
import type { HandlerContext } from './context';

/** Opening, creating and reading the project; params arrive already validated by the dispatcher. */
export function projectHandlers(ctx: HandlerContext): FeatureHandlers<typeof PROJECT_CHANNELS> {
  const { session } = ctx;
  const fileOptions = { appVersion: ctx.appVersion };
  const appInfo = () => ({
    version: ctx.appVersion,
    platform: ctx.platform,
    project: session.current?.isOpen ? session.current.summary() : null,
    recentProjects: ctx.recent.list(),
    coderName: ctx.preferences.coderName(),
  });
  return {
    getAppInfo: appInfo,
    setCoderName: ({ name }) => {
      ctx.preferences.setCoderName(name);
      return appInfo();
    },
    createProject: async ({ path, coderName }) => {
      const absolute = resolve(path);
      await createProjectFile(absolute, { ...fileOptions, coderName: coderName ?? ctx.preferences.coderName() });
      return session.open(absolute);
    },
    openProject: ({ path }) => session.open(path),
    openDemoProject: async () => {
      const path = join(ctx.dataDir, DEMO_FILE_NAME);
      if (!existsSync(path)) {
        mkdirSync(ctx.dataDir, { recursive: true });
        await writeDemoProject(path, ctx.resourcesDir, fileOptions);
      }
      return session.open(path);
    },
    createDemoProject: async ({ path }) => {
      const absolute = resolve(path);
      await writeDemoProject(absolute, ctx.resourcesDir, fileOptions);
      return session.open(absolute);
    },
    closeProject: () => session.close(),
    getProjectSummary: () => session.require().summary(),
    listDocuments: () => session.require().listDocuments(),
    getDocument: ({ documentId }) => session.require().getDocument(documentId),
    listCodes: ({ filter, informants }) => {
      const store = session.require();
      return scopedCodes(store, effectiveFilter(store, filter), informants);
    },
    listSegments: ({ documentId, filter }) => scopedSegments(session.require(), documentId, filter),
    listCoders: () => session.require().listCoders(),
  };
}
