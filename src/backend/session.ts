import { resolve } from 'node:path';
import { DomainError } from '../core/result';
import type { AppEvent, ProjectSummary } from '../shared/types';
import { ProjectStore } from '../storage';
import type { RecentProjects } from './recent-projects';

/**
 * The one open project. Opens and closes are serialised so a double click on "Open" cannot leave
 * two connections racing; opening another project closes the previous one first.
 */
export class ProjectSession {
  private store: ProjectStore | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly recent: RecentProjects | null,
    private readonly emit: (event: AppEvent) => void,
  ) {}

  get current(): ProjectStore | null {
    return this.store;
  }

  /** The open project's store, or a `no-project` error for channels that need one. */
  require(): ProjectStore {
    if (this.store === null || !this.store.isOpen) {
      throw new DomainError('no-project', 'No project is open. Create or open a project first.');
    }
    return this.store;
  }

  open(path: string): Promise<ProjectSummary> {
    return this.serial(async () => {
      const absolute = resolve(path);
      const store = await ProjectStore.open(absolute, { create: false });
      this.closeQuietly();
      this.store = store;
      this.recent?.add(absolute);
      const summary = store.summary();
      this.emit({ type: 'project-changed', project: summary });
      return summary;
    });
  }

  close(): Promise<null> {
    return this.serial(async () => {
      if (this.store === null) return null;
      this.closeQuietly();
      this.emit({ type: 'project-changed', project: null });
      return null;
    });
  }

  private closeQuietly(): void {
    const previous = this.store;
    this.store = null;
    previous?.close();
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
