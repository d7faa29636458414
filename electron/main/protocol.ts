import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY, CONTENT_TYPES } from '../web/static';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://qms`;


/** app://qms/<path> → a file of the built renderer, never outside it. */
export function serveAppRequest(rendererDir: string, requestUrl: string): Response {
  const url = new URL(requestUrl);
  const rel = url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname);
  const file = normalize(join(rendererDir, rel));
  if (url.host !== 'qms' || !file.startsWith(normalize(rendererDir) + sep) || !existsSync(file) || !statSync(file).isFile())
    return new Response('Not found', { status: 404 });
  const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  return new Response(readFileSync(file), {
    headers: { 'content-type': type, 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' },
  });
}
