import type { ErrorCode } from '../../shared/api/envelope';
import type { MessageKey } from '../../shared/api/messages';

/** An expected failure with a typed code and a message key rendered in the caller's language. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: MessageKey | ErrorCode = code,
    readonly params: Record<string, unknown> = {},
    readonly details?: unknown,
  ) {
    super(`${code}: ${key}`);
  }
}

export const notFound = (entity: string, id: unknown) => new AppError('NOT_FOUND', 'NOT_FOUND', {}, { entity, id });
export const stale = () => new AppError('CONFLICT', 'record.stale');
