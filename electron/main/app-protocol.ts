import { Readable } from 'node:stream';
import { protocol } from 'electron';
import { contentTypeOf, lookupStatic, readStatic, type Backend } from '../../src/backend';
import { MEDIA_ROUTE } from '../../src/shared/features/media-contract';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp';
import { APP_HOST, APP_SCHEME } from './renderer-origin';

/**
 * The renderer is served from app://gioia/ rather than file://: a file:// page may read any other
 * file:// URL it can name, and every local file shares its one origin. The custom scheme gives the
 * renderer an origin of its own that can reach nothing but the built renderer folder.
 * Must run before the app is ready (Electron reads privileged schemes at startup).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true, stream: true } },
  ]);
}

/**
 * Answers app://gioia/<path> with files inside `rendererDir` only (traversal and symlinks out
 * refused), and app://gioia/media/<token> with a granted recording streamed from disk in ranges.
 */
export function serveRenderer(rendererDir: string, media: () => Backend | null): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host === APP_HOST && url.pathname.startsWith(MEDIA_ROUTE))
      return streamMedia(media(), request, url.pathname.slice(MEDIA_ROUTE.length));
    if (url.host !== APP_HOST || request.method !== 'GET') return new Response('Not found', { status: 404 });
    const found = await lookupStatic(rendererDir, url.pathname);
    if (found.kind !== 'file') return new Response('Not found', { status: found.kind === 'forbidden' ? 403 : 404 });
    return new Response(new Uint8Array(await readStatic(found.path)), {
      headers: {
        'Content-Type': contentTypeOf(found.path),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}

function streamMedia(backend: Backend | null, request: Request, token: string): Response {
  if (backend === null) return new Response('Not found', { status: 404 });
  const answer = backend.serveMedia({ method: request.method, token, range: request.headers.get('range') });
  const body = answer.body === null ? null : (Readable.toWeb(answer.body) as ReadableStream<Uint8Array>);
  return new Response(body, { status: answer.status, headers: answer.headers });
}
