import { sql, type Kysely } from 'kysely';
import type { Locale } from '../../shared/api/envelope';
import type { MethodName, Output, ParsedInput } from '../../shared/api/contract';
import type { Role } from '../../shared/auth/roles';
import { appendAudit, type Actor, type AuditFields } from './audit/trail';
import type { Store } from './db/open';
import type { Database } from './db/schema';
import { AppError } from './errors';
import { assertKitWritable } from './kit/guard';

export type HostKind = 'electron' | 'web' | 'cli';

export interface Caller {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  sessionId: string;
  /** Signed in with an expired password: only changing it (and signing out) is allowed. */
  mustChangePassword?: boolean;
}

export interface Backend {
  store: Store;
  host: HostKind;
  appVersion: string;
  /** Check every answer against its output schema (tests turn this on). */
  checkOutputs?: boolean;
}

export interface ServiceContext {
  backend: Backend;
  caller: Caller | null;
  locale: Locale;
}

export type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: ServiceContext) => Promise<Output<M>>;
export type Handlers<K extends MethodName> = { [M in K]: Handler<M> };
/** The methods of one domain, e.g. DomainMethods<'documents'> = 'documents.list' | …; */
export type DomainMethods<D extends string> = Extract<MethodName, `${D}.${string}`>;

export function callerOf(ctx: ServiceContext): Caller {
  if (!ctx.caller) throw new AppError('UNAUTHENTICATED');
  return ctx.caller;
}

export type Audit = (fields: AuditFields) => Promise<void>;

/** Runs before a write transaction commits, with the records its audit entries named (the task inbox's sync). */
export type BeforeCommit = (trx: Kysely<Database>, touched: Iterable<readonly [string, string]>) => Promise<void>;
let beforeCommit: BeforeCommit | null = null;
export const setBeforeCommit = (hook: BeforeCommit | null) => void (beforeCommit = hook);

/**
 * Runs a change and its audit-trail entries in one write transaction. BEGIN IMMEDIATE takes the
 * write lock up front, so a second process cannot slip in between our read of the chain head and our write.
 */
export async function inTransaction<T>(
  ctx: ServiceContext,
  work: (trx: Kysely<Database>, audit: Audit) => Promise<T>,
  actor: Actor | null = ctx.caller,
): Promise<T> {
  return ctx.backend.store.db.connection().execute(async (conn) => {
    await sql`BEGIN IMMEDIATE`.execute(conn);
    try {
      const touched = new Map<string, readonly [string, string]>();
      const result = await work(conn, (fields) => {
        touched.set(`${fields.entity}|${fields.entityId}`, [fields.entity, fields.entityId]);
        return appendAudit(conn, actor, fields);
      });
      if (touched.size) await assertKitWritable(ctx.backend.store, conn, touched.values());
      if (beforeCommit && touched.size) await beforeCommit(conn, touched.values());
      await sql`COMMIT`.execute(conn);
      return result;
    } catch (err) {
      await sql`ROLLBACK`.execute(conn);
      throw err;
    }
  });
}

export { now, nowIso } from './clock';

/** `LIKE` pattern matching text anywhere, with the user's % and _ taken literally (ESCAPE '\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
