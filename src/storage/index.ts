/** The storage layer's public surface: the backend (and the CLI through it) imports from here. */
export { APPLICATION_ID, openProjectDatabase } from './database';
export type { OpenDatabaseOptions, ProjectDatabase } from './database';
export { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations';
export { ProjectStore, type MutationMeta, type MutationResult } from './store';
export { Tx, TABLE_KEYS, type Change, type TableName } from './tx';
export type { Row, SqlValue } from './conn';
export * from './project-repo';
export * from './coders-repo';
export * from './settings-repo';
export * from './attributes-repo';
export * from './documents-repo';
export * from './codes-repo';
export * from './segments-repo';
export * from './memos-repo';
export * from './events-repo';
export { projectSummary } from './summary';
