import { z } from 'zod';
import { channel, type ChannelSpec } from '../channel-spec';
import { documentId, filePath, offset, segmentId, uploadName } from '../schemas';
import type { DocumentMedia, MediaCandidate, MediaClip, MediaInfo, MediaSource, RelinkReport, SyncPoint } from './media-types';

/** Largest recording linked: hashing and streaming stay bounded (a three-hour 1080p interview is ~6 GB). */
export const MAX_MEDIA_BYTES = 20 * 1024 ** 3;
/** One upload chunk (web mode copies a dropped recording in pieces, each one API call). */
export const MEDIA_CHUNK_BYTES = 8 * 1024 * 1024;
/** Times are capped at 100 hours: a recording longer than that is no interview. */
const ms = z
  .number()
  .int()
  .min(0)
  .max(100 * 3600 * 1000);
const uploadId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'an upload id');

/**
 * Recordings linked to transcripts, and sync points that place the text in time. Linking,
 * unlinking, relinking and each sync point change is one `store.mutate` (one undo step); the
 * playback position is the user's, kept in their preferences, not in the project.
 */
export const mediaContract = {
  /** Every live document's recording, with whether it is where the project says. */
  listMedia: channel<MediaInfo[]>()(z.object({}).strict()),
  getDocumentMedia: channel<DocumentMedia>()(z.object({ documentId }).strict()),
  /**
   * Links the recording at `path` (read for its size, sha256 and duration; refused when it is not
   * playable media, too large, or shorter than the transcript's times). `copy` copies it into the
   * media folder beside the project first.
   */
  attachMedia: channel<MediaInfo>()(z.object({ documentId, path: filePath, copy: z.boolean().default(false) }).strict()),
  /** Unlinks the recording (the file is left alone); sync points stay for a later link. */
  detachMedia: channel<null>()(z.object({ documentId }).strict()),
  /**
   * Finds moved recordings by content: `path` names the file for one document (it must have the
   * same sha256); `folder` is searched for the missing recordings of `documentId`, or of every
   * document when it is omitted. All links found are one undo step.
   */
  relinkMedia: channel<RelinkReport>()(
    z
      .object({ documentId: documentId.optional(), path: filePath.optional(), folder: filePath.optional() })
      .strict()
      .refine((p) => (p.path === undefined) !== (p.folder === undefined), 'give either path or folder')
      .refine((p) => p.path === undefined || p.documentId !== undefined, 'path needs documentId'),
  ),
  /** A short-lived address to stream the document's recording from (never a path). */
  openMedia: channel<MediaSource>()(z.object({ documentId }).strict()),
  /** A coded segment's span in its document's recording, with an address to play it from. */
  mediaClip: channel<MediaClip>()(z.object({ segmentId }).strict()),
  /** Sets (or moves) a sync point; hand-set points that now disagree about the order of text and time go in the same step. */
  setSyncPoint: channel<SyncPoint[]>()(z.object({ documentId, offset, ms }).strict()),
  removeSyncPoint: channel<SyncPoint[]>()(z.object({ documentId, offset }).strict()),
  /** Remembers where the user stopped listening (their preferences; no undo step). */
  setPlaybackPosition: channel<null>()(z.object({ documentId, ms }).strict()),
  /** Recordings of the same name beside imported transcripts, offered for linking after an import. */
  mediaBeside: channel<MediaCandidate[]>()(
    z.object({ files: z.array(z.object({ documentId, file: filePath }).strict()).max(10_000) }).strict(),
  ),
  /** Web mode: a browser never says where a dropped file lives, so its bytes are copied into the media folder in chunks. */
  startMediaUpload: channel<{ uploadId: string }>()(
    z.object({ documentId, fileName: uploadName, size: z.number().int().min(1).max(MAX_MEDIA_BYTES) }).strict(),
  ),
  uploadMediaChunk: channel<{ received: number }>()(
    z
      .object({
        uploadId,
        offset: z.number().int().min(0).max(MAX_MEDIA_BYTES),
        dataBase64: z
          .string()
          .max(4 * Math.ceil(MEDIA_CHUNK_BYTES / 3), 'chunk larger than 8 MB')
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
      })
      .strict(),
  ),
  finishMediaUpload: channel<MediaInfo>()(z.object({ uploadId }).strict()),
  cancelMediaUpload: channel<null>()(z.object({ uploadId }).strict()),
} satisfies Record<string, ChannelSpec>;

/** Path under which both hosts (gioia serve, Electron's app:// protocol) stream a granted recording: `/media/<token>`. */
export const MEDIA_ROUTE = '/media/';
