import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pickLocale, type ApiResult, type ErrorCode, type Locale } from '../../shared/api/envelope';
import { message, type MessageKey } from '../../shared/api/messages';
import type { Backend } from '../backend/context';
import { dispatch } from '../backend/dispatch';
import { rpcCatalog } from './rpc-catalog';
import { decodePath, serveStatic } from './static';

/** Room for a 20 MiB Word file, base64-encoded, or a draft with several images. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

/** Shown to a browser that opens the host without the token: say how to get in, in both languages. */
const TOKEN_PAGE = `<!doctype html><meta charset="utf-8"><title>Service QMS</title>
<p>${message('http.token', 'zh-CN')}</p><p>${message('http.token', 'en')}</p>`;

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL: 500,
};

export interface WebHostOptions {
  backend: Backend;
  staticDir: string;
  port?: number;
  token?: string;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function sameSecret(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, status: number, code: ErrorCode, key: MessageKey, locale: Locale, params = {}) {
  const envelope: ApiResult<never> = { ok: false, error: { code, message: message(key, locale, params) } };
  sendJson(res, status, envelope);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Serves the renderer and the API on 127.0.0.1 only, behind a random token and Host/Origin checks. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const cookieName = () => `qms_token_${port}`;

  const server = createServer(async (req, res) => {
    const locale = pickLocale(String(req.headers['x-qms-locale'] ?? req.headers['accept-language'] ?? ''));
    try {
      const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
      const origin = req.headers.origin;
      if (!allowedHosts.includes(req.headers.host ?? '') || (origin && !allowedHosts.some((h) => origin === `http://${h}`)))
        return sendError(res, 403, 'FORBIDDEN', 'http.origin', locale);

      const url = URL.parse(req.url ?? '/', `http://${req.headers.host}`);
      if (!url) return sendError(res, 400, 'VALIDATION', 'http.badPath', locale);
      const queryToken = url.searchParams.get('token');
      const given = queryToken ?? (req.headers['x-qms-token'] as string | undefined) ?? cookie(req, cookieName());
      if (!sameSecret(given, token)) {
        if (url.pathname.startsWith('/rpc')) return sendError(res, 401, 'UNAUTHENTICATED', 'http.token', locale);
        res.writeHead(401, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'" });
        return res.end(TOKEN_PAGE);
      }

      if (url.pathname === '/rpc' && req.method === 'GET') return sendJson(res, 200, rpcCatalog());
      if (url.pathname.startsWith('/rpc/')) {
        if (req.method !== 'POST') return sendError(res, 405, 'VALIDATION', 'VALIDATION', locale);
        const body = await readBody(req);
        if (body === null) return sendError(res, 413, 'VALIDATION', 'http.tooLarge', locale, { limit: '32 MiB' });
        let input: unknown;
        try {
          input = body.trim() === '' ? {} : JSON.parse(body);
        } catch {
          return sendError(res, 400, 'VALIDATION', 'http.badJson', locale);
        }
        const method = decodePath(url.pathname.slice('/rpc/'.length));
        if (method === null) return sendError(res, 400, 'VALIDATION', 'http.badPath', locale);
        const result = await dispatch(options.backend, method, input, {
          sessionToken: req.headers['x-qms-session'] as string | undefined,
          locale,
        });
        return sendJson(res, result.ok ? 200 : STATUS[result.error.code], result);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'VALIDATION', 'VALIDATION', locale);
      const setCookie = queryToken ? { 'set-cookie': `${cookieName()}=${token}; HttpOnly; SameSite=Strict; Path=/` } : undefined;
      serveStatic(options.staticDir, url.pathname, res, setCookie);
    } catch (err) {
      console.error('[qms web]', err);
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', 'INTERNAL', locale);
      else res.end();
    }
  });
  server.requestTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
