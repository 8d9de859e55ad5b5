/** Speeds offered, slowest first (Chromium keeps the pitch). */
export const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/** How often the resume position is saved while playing (it is saved on pause, seek and leaving too). */
const SAVE_EVERY_MS = 5000;

export interface PlaybackState {
  readonly playing: boolean;
  readonly rate: number;
  /** Known once the element has read the recording's headers. */
  readonly durationMs: number | null;
  /** The element could not play the recording (after one fresh address was tried). */
  readonly failed: boolean;
}

export interface PlaybackOptions {
  readonly resumeMs: number | null;
  /** Remembers the position (the user's preference, not project data). */
  readonly save: (ms: number) => void;
  /** The grant behind the address may have lapsed: ask for a new one (once). */
  readonly renew: () => void;
}

/**
 * Drives one media element outside React: resume where this user stopped, remember the position,
 * and report it on every animation frame while it plays — the one place the transcript follows
 * playback from, so following costs no React render per frame.
 */
export class PlaybackEngine {
  private state: PlaybackState = { playing: false, rate: 1, durationMs: null, failed: false };
  private readonly listeners = new Set<() => void>();
  private frameListener: (ms: number) => void = () => undefined;
  private raf = 0;
  private saveTimer: ReturnType<typeof setInterval> | null = null;
  private resumed = false;
  private renewed = false;
  private lastSaved = -1;
  private frames = { count: 0, totalMs: 0, maxMs: 0 };
  private readonly off: Array<() => void> = [];

  constructor(
    private readonly el: HTMLMediaElement,
    private readonly options: PlaybackOptions,
  ) {
    const on = (type: string, fn: () => void) => {
      el.addEventListener(type, fn);
      this.off.push(() => el.removeEventListener(type, fn));
    };
    on('play', () => this.started());
    on('pause', () => this.stopped());
    on('ended', () => this.stopped());
    on('seeked', () => {
      this.report();
      if (el.paused) this.save();
    });
    on('loadedmetadata', () => this.resume());
    on('durationchange', () => this.set({ durationMs: Number.isFinite(el.duration) ? Math.round(el.duration * 1000) : null }));
    on('error', () => {
      if (this.renewed) this.set({ failed: true });
      else {
        this.renewed = true;
        options.renew();
      }
    });
    if (el.readyState >= 1) this.resume();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): PlaybackState => this.state;

  onFrame(listener: (ms: number) => void): void {
    this.frameListener = listener;
    this.report();
  }

  now(): number {
    return this.el.currentTime * 1000;
  }

  toggle(): void {
    if (this.el.paused) void this.el.play().catch(() => undefined);
    else this.el.pause();
  }

  seek(ms: number, play = false): void {
    const max = Number.isFinite(this.el.duration) ? this.el.duration : Infinity;
    this.el.currentTime = Math.max(0, Math.min(max, ms / 1000));
    this.report();
    if (play && this.el.paused) void this.el.play().catch(() => undefined);
  }

  skip(deltaMs: number): void {
    this.seek(this.now() + deltaMs);
  }

  setRate(rate: number): void {
    this.el.playbackRate = rate;
    this.set({ rate });
  }

  stepRate(direction: 1 | -1): void {
    const i = SPEEDS.findIndex((s) => s >= this.state.rate);
    const next = SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, (i < 0 ? SPEEDS.length - 1 : i) + direction))];
    if (next !== undefined) this.setRate(next);
  }

  dispose(): void {
    cancelAnimationFrame(this.raf);
    if (this.saveTimer !== null) clearInterval(this.saveTimer);
    this.save();
    for (const off of this.off.splice(0)) off();
    this.listeners.clear();
  }

  private started(): void {
    this.set({ playing: true });
    cancelAnimationFrame(this.raf);
    const tick = () => {
      const t0 = performance.now();
      this.report();
      this.account(performance.now() - t0);
      this.raf = requestAnimationFrame(tick);
    };
    this.raf = requestAnimationFrame(tick);
    this.saveTimer ??= setInterval(() => this.save(), SAVE_EVERY_MS);
  }

  private stopped(): void {
    this.set({ playing: false });
    cancelAnimationFrame(this.raf);
    if (this.saveTimer !== null) clearInterval(this.saveTimer);
    this.saveTimer = null;
    this.report();
    this.save();
  }

  private resume(): void {
    if (this.resumed) return;
    this.resumed = true;
    const { resumeMs } = this.options;
    if (Number.isFinite(this.el.duration)) this.set({ durationMs: Math.round(this.el.duration * 1000) });
    if (resumeMs !== null && resumeMs < this.el.duration * 1000 - 1000) this.el.currentTime = resumeMs / 1000;
    this.report();
  }

  private save(): void {
    if (!this.resumed) return;
    const ms = Math.round(this.now());
    if (ms === this.lastSaved) return;
    this.lastSaved = ms;
    this.options.save(ms);
  }

  /**
   * What following costs per frame, published on the element every 60 frames as
   * `data-frame-ms` (mean) and `data-frame-max-ms`, for the bench (two clock reads a frame).
   */
  private account(ms: number): void {
    const f = this.frames;
    f.count++;
    f.totalMs += ms;
    f.maxMs = Math.max(f.maxMs, ms);
    if (f.count % 60 !== 0) return;
    this.el.setAttribute('data-frame-ms', (f.totalMs / f.count).toFixed(3));
    this.el.setAttribute('data-frame-max-ms', f.maxMs.toFixed(3));
  }

  private report(): void {
    this.frameListener(this.now());
  }

  private set(patch: Partial<PlaybackState>): void {
    const next = { ...this.state, ...patch };
    if (Object.entries(patch).every(([k, v]) => this.state[k as keyof PlaybackState] === v)) return;
    this.state = next;
    for (const l of this.listeners) l();
  }
}
