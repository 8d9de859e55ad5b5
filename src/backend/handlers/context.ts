import type { AppEvent, Platform } from '../../shared/types';
import type { MediaGrants } from '../media/media-grants';
import type { MediaUploads } from '../media/media-uploads';
import type { Preferences } from '../preferences';
import type { RecentProjects } from '../recent-projects';
import type { ProjectSession } from '../session';
import type { JobRunner } from '../workers/job-runner';

/** What every feature's handlers may use. */
export interface HandlerContext {
  readonly session: ProjectSession;
  readonly recent: RecentProjects;
  readonly preferences: Preferences;
  readonly dataDir: string;
  readonly resourcesDir: string;
  readonly appVersion: string;
  readonly platform: Platform;
  /** Pushes an event to the front end (progress, data-changed). */
  readonly emit: (event: AppEvent) => void;
  /** Runs the heavy part of imports, in a worker thread where the host provides one. */
  readonly jobs: JobRunner;
  /** Short-lived addresses for recordings, honoured by the hosts' media route. */
  readonly grants: MediaGrants;
  /** Recordings being copied in from a browser tab. */
  readonly uploads: MediaUploads;
}
