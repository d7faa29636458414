import { randomBytes, randomUUID } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * Gives the database its permanent id and, as a main database, the secret of its kit seals. Runs when a
 * database is created (migrations run then) and once for existing ones. Frozen: raw handle only.
 */
export function fieldKitStep(sqlite: BetterSqlite3.Database): void {
  sqlite
    .prepare("INSERT INTO database_identity (id, database_id, kind, created_at) VALUES (1, ?, 'main', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))")
    .run(randomUUID());
  sqlite.prepare('INSERT INTO database_secret (id, secret) VALUES (1, ?)').run(randomBytes(32));
}
