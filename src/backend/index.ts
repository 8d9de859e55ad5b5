/** The backend's public surface for Electron main, the CLI and the web server. */
export { createBackend, type Backend, type BackendOptions } from './backend';
export type { MediaRequest, MediaResponse } from './media/media-stream';
export { createHandlers, type HandlerContext } from './handlers/index';
export { createProjectFile, projectInfo, defaultProjectName, PROJECT_EXTENSION, type ProjectFileOptions } from './project-files';
export { writeDemoProject, readTranscript, DEMO_FILE_NAME } from './demo';
export { readDemoManifest, demoManifestSchema, type DemoManifest } from './demo-manifest';
export { RecentProjects } from './recent-projects';
export { writeExportFile } from './export-file';
export { contentTypeOf, lookupStatic, readStatic, type StaticLookup } from './renderer-files';
