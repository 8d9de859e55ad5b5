import type { Handlers } from '../shared/api';
import { createDispatch, type Dispatch } from '../shared/dispatch';
import type { AppEvent, Platform } from '../shared/types';
import { setNativeBinding } from '../storage';
import { createHandlers } from './handlers/index';
import { MediaGrants } from './media/media-grants';
import { mediaResponse, type MediaRequest, type MediaResponse } from './media/media-stream';
import { MediaUploads } from './media/media-uploads';
import { Preferences } from './preferences';
import { RecentProjects } from './recent-projects';
import { ProjectSession } from './session';
import { JobRunner, type ImportWorkerSpec } from './workers/job-runner';

export interface BackendOptions {
  /** Per-user folder for the recent list and the demo project. */
  readonly dataDir: string;
  /** Folder holding `demo/project.json` and its transcripts. */
  readonly resourcesDir: string;
  readonly appVersion: string;
  readonly platform: Platform;
  /**
   * Whether opened projects join the recent list (default true). One `gioia` command opening a file
   * is not the user choosing a project, so the CLI passes false.
   */
  readonly rememberProjects?: boolean;
  /** better_sqlite3.node built for the host's ABI (Electron), when not the one in node_modules. */
  readonly nativeBinding?: string;
  /** Pushes host events (project changes) to whichever front end runs this backend. */
  readonly emit?: (event: AppEvent) => void;
  /** Unexpected (non-domain) errors, for the host's log. */
  readonly onInternalError?: (error: unknown) => void;
  /**
   * The built import worker: given (Electron does), reading, checking and converting imported
   * files runs off the host's main thread; otherwise in-thread.
   */
  readonly importWorker?: ImportWorkerSpec;
}

export interface Backend {
  readonly handlers: Handlers;
  readonly dispatch: Dispatch;
  /**
   * Answers a host's `GET /media/<token>` (gioia serve, Electron's app:// protocol) for a recording
   * granted through `openMedia` or `mediaClip`, with range requests.
   */
  serveMedia(request: MediaRequest): MediaResponse;
  dispose(): Promise<void>;
}

/**
 * The process-agnostic application: Electron main, `gioia serve` and tests all run this same object
 * and differ only in how they carry `dispatch` calls and `emit` events.
 */
export function createBackend(options: BackendOptions): Backend {
  const recent = new RecentProjects(options.dataDir);
  const emit = options.emit ?? (() => undefined);
  setNativeBinding(options.nativeBinding);
  const session = new ProjectSession(options.rememberProjects === false ? null : recent, emit);
  const grants = new MediaGrants();
  const handlers = createHandlers({
    emit,
    session,
    recent,
    preferences: new Preferences(options.dataDir),
    dataDir: options.dataDir,
    resourcesDir: options.resourcesDir,
    appVersion: options.appVersion,
    platform: options.platform,
    jobs: new JobRunner(options.importWorker ?? null),
    grants,
    uploads: new MediaUploads(),
  });
  return {
    handlers,
    dispatch: createDispatch(handlers, options.onInternalError),
    serveMedia: (request) => mediaResponse(grants, session.current?.isOpen === true ? session.current.path : null, request),
    dispose: async () => {
      grants.clear();
      await session.close();
    },
  };
}
