import { z } from 'zod';
import { inputProblem } from '../../shared/api/common';
import { contract, isMethodName } from '../../shared/api/contract';
import type { ApiError, ApiResult, Locale } from '../../shared/api/envelope';
import { message } from '../../shared/api/messages';
import { ROLE_LABELS } from '../../shared/auth/roles';
import { forgetSessions, resolveSession } from './auth/sessions';
import type { Backend, Caller, ServiceContext } from './context';
import { AppError } from './errors';
import { handlers } from './services';

export interface CallOptions {
  sessionToken?: string | null;
  locale: Locale;
}

/** All a session with an expired password may do. */
const WHILE_PASSWORD_EXPIRED = new Set<string>(['auth.changePassword', 'auth.signOut', 'auth.me', 'system.status', 'security.policy', 'settings.get']);

/** zod's own wording of field errors, in the caller's language. */
const FIELD_MESSAGES = { 'zh-CN': z.locales.zhCN().localeError, en: z.locales.en().localeError };

function validationError(error: z.ZodError): AppError {
  const details = error.issues.map((i) => ({ path: i.path.map(String), message: i.message, code: i.code }));
  const fields = [...new Set(details.map((d) => d.path.join('.') || '(input)'))].join(', ');
  return new AppError('VALIDATION', 'validation.fields', { fields }, details);
}

function sqliteError(err: { code: string }): AppError | null {
  if (err.code.startsWith('SQLITE_CONSTRAINT')) return new AppError('CONFLICT');
  if (err.code === 'SQLITE_FULL') return new AppError('INTERNAL', 'db.full');
  if (err.code.startsWith('SQLITE_BUSY')) return new AppError('INTERNAL', 'db.busy');
  return null;
}

export function toApiError(err: unknown, locale: Locale): ApiError {
  let app = err instanceof AppError ? err : err instanceof z.ZodError ? validationError(err) : null;
  if (!app && err && typeof err === 'object' && typeof (err as { code?: unknown }).code === 'string')
    app = sqliteError(err as { code: string });
  if (!app) {
    console.error('[qms] internal error', err);
    app = new AppError('INTERNAL');
  }
  // Without details of its own, an error names its reason (the message key) so clients can react to it.
  const details = app.details ?? (app.key !== app.code ? { reason: app.key } : undefined);
  return {
    code: app.code,
    message: message(app.key, locale, app.params),
    ...(details !== undefined && { details }),
  };
}

/** The one way into the services: validate → authenticate → authorise → run → envelope. */
export async function dispatch(backend: Backend, method: string, rawInput: unknown, options: CallOptions): Promise<ApiResult<unknown>> {
  try {
    if (!isMethodName(method)) throw new AppError('NOT_FOUND', 'validation.unknownMethod', { method });
    const def = contract[method];
    const problem = inputProblem(rawInput);
    if (problem) throw new AppError('VALIDATION', 'validation.fields', { fields: problem.path.join('.') || '(input)' }, [problem]);
    const parsed = def.input.safeParse(rawInput ?? {}, { error: FIELD_MESSAGES[options.locale] });
    if (!parsed.success) throw validationError(parsed.error);
    let caller: Caller | null = null;
    if (options.sessionToken) caller = await resolveSession(backend.store.db, options.sessionToken);
    if (caller?.mustChangePassword && !WHILE_PASSWORD_EXPIRED.has(method)) throw new AppError('FORBIDDEN', 'auth.mustChangePassword');
    if (def.roles !== 'public') {
      if (!caller) throw new AppError('UNAUTHENTICATED', options.sessionToken ? 'auth.sessionExpired' : 'UNAUTHENTICATED');
      if (!def.roles.includes(caller.role)) {
        const roles = def.roles.map((r) => ROLE_LABELS[r][options.locale]).join(options.locale === 'zh-CN' ? '、' : ', ');
        throw new AppError('FORBIDDEN', 'auth.role', { roles });
      }
    }
    const ctx: ServiceContext = { backend, caller, locale: options.locale };
    const handler = handlers[method] as (input: unknown, ctx: ServiceContext) => Promise<unknown>;
    let data: unknown;
    try {
      data = await handler(parsed.data, ctx);
    } finally {
      if (def.mutates) forgetSessions();
    }
    if (backend.checkOutputs) {
      const out = def.output.safeParse(data);
      if (!out.success) throw new Error(`${method} answered outside its output schema: ${out.error.message}`);
    }
    return { ok: true, data };
  } catch (err) {
    return { ok: false, error: toApiError(err, options.locale) };
  }
}

