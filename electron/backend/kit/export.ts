import { mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { KitHeader, KitScope } from '../../../shared/kit/header';
import { APP_ROOT } from '../app-root';
import type { Actor } from '../audit/trail';
import { inTransaction, type ServiceContext } from '../context';
import { applyMigrations, loadMigrations } from '../db/migrations';
import { AppError } from '../errors';
import type { Database } from '../db/schema';
import { reindexDocument } from '../services/search-index';
import { nowIso } from '../clock';
import { DEFAULT_KDF, MIN_PASSPHRASE, writeKit, type KdfParams } from './container';
import { mainIdentity } from './identity';
import { canonicalRow, computeSeal, type SealedFacts } from './seal';
import { assertKitTable, copyRow } from './tables';

/** Rows of one table to put into a kit's sealed base. */
export interface KitRecords {
  table: string;
  ids: string[];
}

export interface KitExportOptions {
  /** The base: what the field sees, sealed. */
  records: KitRecords[];
  /** Of those, what the field may change (by trail entity and id); everything else is read-only there. */
  writable: { entity: string; ids: string[] }[];
  /** What the kit is for (an audit, for now a document), each getting the next export sequence number. */
  scopes: Omit<KitScope, 'sequence'>[];
  /** Usernames whose accounts (sign-in rows only) go with the kit. */
  forUsers: string[];
  passphrase: string;
  out: string;
  kdf?: KdfParams;
}

/** Builds a fresh database with the app's schema (never a copy of the main file: no secret, no other rows). */
function freshKitDatabase(file: string, databaseId: string): BetterSqlite3.Database {
  const kit = new BetterSqlite3(file);
  applyMigrations(kit, loadMigrations(join(APP_ROOT, 'migrations')));
  kit.pragma('foreign_keys = OFF');
  kit.prepare("UPDATE database_identity SET kind = 'kit', database_id = ? WHERE id = 1").run(databaseId);
  kit.prepare('DELETE FROM database_secret').run();
  return kit;
}

/** The kit's documents in its own search index (built for the kit, not part of the sealed base); closes the kit. */
async function indexDocuments(kit: BetterSqlite3.Database, records: KitRecords[]): Promise<void> {
  const ids = records.filter((r) => r.table === 'documents').flatMap((r) => r.ids);
  const k = new Kysely<Database>({ dialect: new SqliteDialect({ database: kit }) });
  try {
    for (const id of new Set(ids)) await reindexDocument(k, id);
  } finally {
    await k.destroy();
  }
}

export const recordCounts = (kit: BetterSqlite3.Database) =>
  kit.prepare('SELECT tbl AS "table", COUNT(*) AS count FROM kit_base GROUP BY tbl ORDER BY tbl').all() as { table: string; count: number }[];

/**
 * Exports a kit from the main database: builds the field database (sealed base, named accounts, writable
 * records), records the export with its sequence numbers and a trail entry, and writes the encrypted file —
 * all in one write transaction of the main database, so a failure leaves no export behind.
 */
export async function kitExport(ctx: ServiceContext, o: KitExportOptions, actor: Actor | null = ctx.caller): Promise<KitHeader> {
  if (o.passphrase.length < MIN_PASSPHRASE) throw new AppError('VALIDATION', 'kit.passphraseShort', { min: MIN_PASSPHRASE });
  if (o.records.every((r) => r.ids.length === 0)) throw new AppError('VALIDATION', 'kit.noRecords');
  const main = ctx.backend.store.sqlite;
  const out = resolve(o.out);
  return inTransaction(
    ctx,
    async (_trx, audit) => {
      const identity = mainIdentity(main);
      const users = o.forUsers.map((username) => {
        const u = main.prepare('SELECT * FROM users WHERE username = ? AND active = 1').get(username) as Record<string, unknown> | undefined;
        if (!u) throw new AppError('VALIDATION', 'kit.unknownUser', { username });
        return u;
      });
      const scopes: KitScope[] = o.scopes.map((s) => {
        const { next } = main.prepare('SELECT COALESCE(MAX(sequence), 0) + 1 AS next FROM kit_export_scopes WHERE scope = ?').get(s.scope) as { next: number };
        return { ...s, sequence: next };
      });
      const facts: SealedFacts = {
        kitId: uuidv7(),
        mainDatabaseId: identity.databaseId,
        scopes,
        forUsers: o.forUsers,
        createdAt: nowIso(),
        createdBy: actor?.displayName ?? null,
      };
      const work = mkdtempSync(join(dirname(out), '.qmskit-'));
      try {
        const file = join(work, 'kit.sqlite');
        const kit = freshKitDatabase(file, uuidv7());
        let seal: string;
        let records: { table: string; count: number }[];
        try {
          kit.transaction(() => {
            for (const { table, ids } of o.records) {
              assertKitTable(main, table);
              const read = main.prepare(`SELECT * FROM "${table}" WHERE id = ?`);
              for (const id of new Set(ids)) {
                const row = read.get(id) as Record<string, unknown> | undefined;
                if (!row) throw new AppError('VALIDATION', 'kit.missingRecord', { table, id });
                copyRow(kit, table, row);
                kit.prepare('INSERT OR REPLACE INTO kit_base (tbl, row_id, data) VALUES (?, ?, ?)').run(table, id, canonicalRow(row));
              }
            }
            for (const u of users) {
              copyRow(kit, 'users', u);
              kit.prepare("INSERT OR IGNORE INTO kit_records (entity, entity_id) VALUES ('user', ?)").run(u.id);
            }
            for (const w of o.writable) for (const id of w.ids) kit.prepare('INSERT OR IGNORE INTO kit_records (entity, entity_id) VALUES (?, ?)').run(w.entity, id);
            seal = computeSeal(identity.secret, facts, kit);
            kit
              .prepare('INSERT INTO kit_info (id, kit_id, main_database_id, scopes, for_users, seal, created_at, created_by) VALUES (1, ?, ?, ?, ?, ?, ?, ?)')
              .run(facts.kitId, facts.mainDatabaseId, JSON.stringify(scopes), JSON.stringify(o.forUsers), seal, facts.createdAt, facts.createdBy);
            // The field trail is chained onto the seal.
            kit.prepare('DELETE FROM audit_log').run();
            kit.prepare('UPDATE audit_head SET seq = 0, hash = ? WHERE id = 1').run(seal);
          })();
          records = recordCounts(kit);
          await indexDocuments(kit, o.records);
        } finally {
          if (kit.open) kit.close();
        }
        main.prepare('INSERT INTO kit_exports (kit_id, scopes, for_users, seal, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)').run(
          facts.kitId, JSON.stringify(scopes), JSON.stringify(o.forUsers), seal!, facts.createdAt, facts.createdBy,
        );
        for (const s of scopes) main.prepare('INSERT INTO kit_export_scopes (scope, sequence, kit_id) VALUES (?, ?, ?)').run(s.scope, s.sequence, facts.kitId);
        await audit({ entity: 'kit', entityId: facts.kitId, action: 'export', after: { scopes, forUsers: o.forUsers, records } });
        return await writeKit(
          out,
          { stage: 'export', kitId: facts.kitId, mainDatabaseId: facts.mainDatabaseId, scopes, createdAt: facts.createdAt, createdBy: facts.createdBy, packedAt: facts.createdAt, forUsers: o.forUsers, records, fieldEntries: 0 },
          file,
          o.passphrase,
          o.kdf ?? DEFAULT_KDF,
        );
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
    actor,
  );
}
