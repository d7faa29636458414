import type { Input, MethodName, Output } from '../../shared/api/contract';
import type { ApiResult, ErrorCode, Locale } from '../../shared/api/envelope';
import { currentLocale, i18n } from '../i18n';
import { clearSession, loadSession } from './session';

/** The Electron preload bridge; absent when the renderer is served by the loopback web host. */
export interface QmsBridge {
  invoke(method: string, input: unknown, meta: { session: string | null; locale: Locale }): Promise<ApiResult<unknown>>;
}

export interface FieldIssue {
  path: string[];
  message: string;
  code?: string;
}

export class ApiCallError extends Error {
  constructor(
    readonly code: ErrorCode | 'NETWORK',
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }

  /** The per-field problems of a VALIDATION error, when the server sent them. */
  get fieldIssues(): FieldIssue[] {
    if (this.code !== 'VALIDATION' || !Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is FieldIssue => typeof d === 'object' && d !== null && Array.isArray((d as FieldIssue).path),
    );
  }
}

const unauthenticatedListeners = new Set<(error: ApiCallError) => void>();

/** Called when a call made with a session is refused as unauthenticated (expired, signed out elsewhere). */
export function onUnauthenticated(listener: (error: ApiCallError) => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

const passwordExpiredListeners = new Set<() => void>();

/** Called when the server refuses a call because the signed-in person's password has expired. */
export function onPasswordExpired(listener: () => void): () => void {
  passwordExpiredListeners.add(listener);
  return () => passwordExpiredListeners.delete(listener);
}

function bridge(): QmsBridge | undefined {
  const candidate = (window as unknown as { qms?: Partial<QmsBridge> }).qms;
  return typeof candidate?.invoke === 'function' ? (candidate as QmsBridge) : undefined;
}

async function overHttp(method: string, input: unknown, session: string | null, locale: Locale): Promise<ApiResult<unknown>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-qms-locale': locale };
  if (session) headers['x-qms-session'] = session;
  const response = await fetch(`rpc/${method}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers,
    body: JSON.stringify(input ?? {}),
  });
  // Error statuses still carry the envelope; only a body that is not one is a transport failure.
  const body = (await response.json()) as ApiResult<unknown>;
  if (typeof body !== 'object' || body === null || typeof body.ok !== 'boolean') throw new Error(`HTTP ${response.status}`);
  return body;
}

export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  const session = loadSession();
  const locale = currentLocale();
  let result: ApiResult<unknown>;
  try {
    const qms = bridge();
    result = qms ? await qms.invoke(method, input, { session, locale }) : await overHttp(method, input, session, locale);
  } catch (cause) {
    throw new ApiCallError('NETWORK', i18n.t('errors.network'), cause);
  }
  if (result.ok) return result.data as Output<M>;
  const error = new ApiCallError(result.error.code, result.error.message, result.error.details);
  if (error.code === 'UNAUTHENTICATED' && session) {
    clearSession();
    for (const listener of unauthenticatedListeners) listener(error);
  }
  if (error.code === 'FORBIDDEN' && (error.details as { reason?: string } | undefined)?.reason === 'auth.mustChangePassword')
    for (const listener of passwordExpiredListeners) listener();
  throw error;
}

export function isApiError(error: unknown, code?: ApiCallError['code']): error is ApiCallError {
  return error instanceof ApiCallError && (code === undefined || error.code === code);
}
