import { createHash } from 'node:crypto';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../electron/backend/app-root';
import { verifyChain } from '../../electron/backend/audit/verify';
import { applyMigrations, loadMigrations, migrationVersion } from '../../electron/backend/db/migrations';
import { databaseIdentity } from '../../electron/backend/kit/identity';
import { client, openTestBackend, PASSWORD, tempDir } from '../helpers/backend';

const migrations = loadMigrations(join(APP_ROOT, 'migrations'));
let tmp: ReturnType<typeof tempDir> | undefined;
afterEach(() => tmp?.cleanup());

/** The original entry formula, written out here on purpose (not imported), as databases before the migration used it. */
const oldHash = (e: unknown[]) => createHash('sha256').update(JSON.stringify(e)).digest('hex');

/** A database at the schema before field_kit with a chain of three entries made by the old formula. */
function oldDatabase(file: string) {
  const db = new BetterSqlite3(file);
  applyMigrations(db, migrations, migrationVersion(migrations, 'field_kit') - 1);
  let prev = '0'.repeat(64);
  const insert = db.prepare(
    'INSERT INTO audit_log (seq, id, at, actor_id, actor_name, entity, entity_id, action, before, after, prev_hash, hash) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, NULL, ?, ?, ?)',
  );
  for (let seq = 1; seq <= 3; seq++) {
    const row = [seq, `e${seq}`, `2026-01-0${seq}T00:00:00.000Z`, null, 'qms CLI', 'document', `d${seq}`, 'create', null, `{"n":${seq}}`, prev];
    const hash = oldHash(row);
    insert.run(seq, `e${seq}`, row[2], 'qms CLI', 'document', `d${seq}`, 'create', row[9], prev, hash);
    prev = hash;
  }
  db.prepare('UPDATE audit_head SET seq = 3, hash = ? WHERE id = 1').run(prev);
  return db;
}

type Row = Record<string, unknown>;
const tamper = (db: BetterSqlite3.Database, seq: number, column: string, value: unknown) => {
  const was = (db.prepare(`SELECT "${column}" AS v FROM audit_log WHERE seq = ?`).get(seq) as { v: unknown }).v;
  db.prepare(`UPDATE audit_log SET "${column}" = ? WHERE seq = ?`).run(value, seq);
  const intact = verifyChain(db).intact;
  db.prepare(`UPDATE audit_log SET "${column}" = ? WHERE seq = ?`).run(was, seq);
  return intact;
};

describe('migration field_kit', () => {
  it('gives an existing database a permanent id and a secret, and its old trail still verifies', () => {
    tmp = tempDir();
    const db = oldDatabase(join(tmp.dir, 'old.sqlite'));
    expect(verifyChain(db).intact).toBe(true);
    applyMigrations(db, migrations);
    expect(db.prepare('SELECT format, origin FROM audit_log').all()).toEqual(Array(3).fill({ format: 1, origin: null }));
    expect(verifyChain(db)).toMatchObject({ intact: true, checked: 3 });
    const id = databaseIdentity(db)!;
    expect(id).toMatchObject({ kind: 'main', databaseId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect((db.prepare('SELECT secret FROM database_secret').get() as { secret: Buffer }).secret).toHaveLength(32);
    // Another database gets another id and another secret.
    const other = new BetterSqlite3(join(tmp.dir, 'new.sqlite'));
    applyMigrations(other, migrations);
    expect(databaseIdentity(other)!.databaseId).not.toBe(id.databaseId);
    expect(other.prepare('SELECT secret FROM database_secret').get()).not.toEqual(db.prepare('SELECT secret FROM database_secret').get());
    other.close();
    db.close();
  });

  it('writes new entries in format 2; altering any field of an old or a new entry breaks the chain', async () => {
    tmp = tempDir();
    const file = join(tmp.dir, 'old.sqlite');
    oldDatabase(file).close();
    const t = openTestBackend(file); // upgrades the schema, then the app writes entries
    await client(t.backend).call('auth.setup', { username: 'manager', displayName: '质量经理', password: PASSWORD });
    const db = t.backend.store.sqlite;
    const rows = db.prepare('SELECT seq, format FROM audit_log ORDER BY seq').all() as { seq: number; format: number }[];
    expect(rows.slice(0, 3).every((r) => r.format === 1)).toBe(true);
    const fresh = rows.filter((r) => r.format === 2).map((r) => r.seq);
    expect(fresh.length).toBeGreaterThan(0);
    expect(verifyChain(db).intact).toBe(true);
    const columns = ['id', 'at', 'actor_id', 'actor_name', 'entity', 'entity_id', 'action', 'before', 'after', 'prev_hash', 'hash'];
    for (const seq of [2, fresh[0]!]) {
      for (const c of columns) expect(tamper(db, seq, c, 'x'), `${c} of entry ${seq}`).toBe(false);
      expect(tamper(db, seq, 'origin', '{"kitId":"k"}'), `origin of entry ${seq}`).toBe(false);
      expect(tamper(db, seq, 'format', seq === 2 ? 2 : 1), `format of entry ${seq}`).toBe(false);
    }
    expect(verifyChain(db).intact).toBe(true);
    expect((db.prepare('SELECT * FROM audit_log WHERE seq = ?').get(fresh[0]) as Row).origin).toBeNull();
    await t.close();
  });
});
