import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Same policy as the Electron window: our own scripts only; antd writes inline styles. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** A percent-decoded path, or null when it is malformed (a stray %, a broken UTF-8 sequence) or holds NUL. */
export function decodePath(path: string): string | null {
  try {
    const decoded = decodeURIComponent(path);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

/** Serves a file of the built renderer; paths without an extension get index.html (client-side routes). */
export function serveStatic(root: string, urlPath: string, res: ServerResponse, headers: Record<string, string> = {}): void {
  let rel = decodePath(urlPath);
  if (rel !== null && (rel === '/' || !extname(rel))) rel = '/index.html';
  const file = rel === null ? '' : normalize(join(root, rel));
  if (rel === null || !file.startsWith(normalize(root) + sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  res.writeHead(200, {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    ...(type.startsWith('text/html') && { 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': 'no-store' }),
    ...headers,
  });
  createReadStream(file).pipe(res);
}
