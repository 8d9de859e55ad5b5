import type { DocumentId } from '../../core/ids';
import { clipOf } from '../../core/media-timeline';
import { DomainError } from '../../core/result';
import type { FeatureHandlers } from '../../shared/api';
import { MEDIA_ROUTE } from '../../shared/features/media-contract';
import type { MEDIA_CHANNELS } from '../../shared/features/media-channels';
import type { MediaSource } from '../../shared/features/media-types';
import { findMedia, getSegment, listMedia, listSyncPoints, requireDocument, type ProjectStore } from '../../storage';
import { mediaBeside } from '../media/media-beside';
import {
  attachMedia,
  deleteSyncPoint,
  detachMedia,
  documentTimeline,
  linkInspected,
  mediaInfo,
  requireMedia,
  setSyncPoint,
} from '../media/media-ops';
import { relinkMedia } from '../media/media-relink';
import type { HandlerContext } from './context';

/** Recordings and sync points; the streaming itself is done by the hosts through `ctx.grants` (media-stream.ts). */
export function mediaHandlers(ctx: HandlerContext): FeatureHandlers<typeof MEDIA_CHANNELS> {
  const { session } = ctx;
  const store = () => session.require();
  const coder = () => store().summary().activeCoderId;
  const positionKey = (s: ProjectStore, documentId: DocumentId) => `${s.project()?.id ?? s.path}/${documentId}`;

  /** A grant for the document's recording, refused (with what to do) when the file is not where the project says. */
  const source = (s: ProjectStore, documentId: DocumentId): MediaSource => {
    const { name, record } = requireMedia(s, documentId);
    const info = mediaInfo(s, record);
    if (info.status !== 'ok') {
      const why = info.status === 'missing' ? 'is not at' : 'has changed at';
      throw new DomainError(
        'file-not-found',
        `The recording of "${name}" (${record.fileName}) ${why} ${info.resolvedPath}. Relink it: find it by its content in a folder.`,
        {
          documentId,
        },
      );
    }
    const token = ctx.grants.issue({ path: info.resolvedPath, mime: record.mime, size: record.size, projectPath: s.path });
    return { documentId, url: `${MEDIA_ROUTE}${token}`, mime: record.mime, kind: record.kind };
  };

  return {
    listMedia: () => {
      const s = store();
      return listMedia(s.conn).map((m) => mediaInfo(s, m));
    },
    getDocumentMedia: ({ documentId }) => {
      const s = store();
      requireDocument(s.conn, documentId);
      const record = findMedia(s.conn, documentId);
      return {
        media: record === null ? null : mediaInfo(s, record),
        syncPoints: listSyncPoints(s.conn, documentId),
        resumeMs: ctx.preferences.playbackPosition(positionKey(s, documentId)),
      };
    },
    attachMedia: ({ documentId, path, copy }) => attachMedia(store(), documentId, path, { coderId: coder(), copy, emit: ctx.emit }),
    detachMedia: ({ documentId }) => {
      detachMedia(store(), documentId, coder());
      return null;
    },
    relinkMedia: ({ documentId, path, folder }) =>
      relinkMedia(store(), {
        coderId: coder(),
        emit: ctx.emit,
        ...(documentId === undefined ? {} : { documentId }),
        ...(path === undefined ? {} : { path }),
        ...(folder === undefined ? {} : { folder }),
      }),
    openMedia: ({ documentId }) => source(store(), documentId),
    mediaClip: ({ segmentId }) => {
      const s = store();
      const segment = getSegment(s.conn, segmentId);
      const { name, record } = requireMedia(s, segment.documentId);
      const timeline = documentTimeline(s, segment.documentId, record.durationMs);
      const clip = clipOf(timeline, segment.start, segment.end);
      if (clip === null) {
        throw new DomainError(
          'not-found',
          `"${name}" has no times yet, so this quote cannot be found in ${record.fileName}: play the recording once, or set sync points while listening.`,
        );
      }
      const estimated = !timeline.anchors.some((a) => a.source === 'sync' || a.source === 'cue');
      return { ...source(s, segment.documentId), ...clip, estimated };
    },
    setSyncPoint: ({ documentId, offset, ms }) => setSyncPoint(store(), documentId, { offset, ms }, coder()),
    removeSyncPoint: ({ documentId, offset }) => deleteSyncPoint(store(), documentId, offset, coder()),
    setPlaybackPosition: ({ documentId, ms }) => {
      const s = store();
      requireDocument(s.conn, documentId);
      ctx.preferences.setPlaybackPosition(positionKey(s, documentId), ms);
      return null;
    },
    mediaBeside: ({ files }) => mediaBeside(store(), files),
    startMediaUpload: ({ documentId, fileName, size }) => {
      const s = store();
      requireDocument(s.conn, documentId);
      s.requireWritable();
      return { uploadId: ctx.uploads.start(s.path, documentId, fileName, size) };
    },
    uploadMediaChunk: ({ uploadId, offset, dataBase64 }) => ({
      received: ctx.uploads.append(uploadId, offset, Buffer.from(dataBase64, 'base64')),
    }),
    finishMediaUpload: async ({ uploadId }) => {
      const s = store();
      const { documentId, file } = await ctx.uploads.finish(uploadId);
      const doc = requireDocument(s.conn, documentId);
      return linkInspected(s, documentId, doc.name, file, { coderId: coder(), copy: true });
    },
    cancelMediaUpload: ({ uploadId }) => {
      ctx.uploads.cancel(uploadId);
      return null;
    },
  };
}
