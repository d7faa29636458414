import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../electron/backend/app-root';
import { applyMigrations, loadMigrations, migrationVersion } from '../../electron/backend/db/migrations';
import { tempDir } from '../helpers/backend';

const migrations = loadMigrations(join(APP_ROOT, 'migrations'));
let tmp: ReturnType<typeof tempDir> | undefined;
afterEach(() => tmp?.cleanup());

describe('migration account_security', () => {
  it('keeps existing users and sessions: no failures, no lock, sessions not forced to change the password', () => {
    tmp = tempDir();
    const db = new BetterSqlite3(join(tmp.dir, 'q.sqlite'));
    const v = migrationVersion(migrations, 'account_security');
    applyMigrations(db, migrations, v - 1);
    db.prepare("INSERT INTO users (id, username, display_name, role, password_hash, version, created_at, updated_at) VALUES ('u1', 'lina', '李娜', 'author', 'h', 1, 'x', 'x')").run();
    db.prepare("INSERT INTO sessions (id, user_id, remember, created_at, last_seen_at, expires_at) VALUES ('s1', 'u1', 1, 'x', 'x', 'y')").run();
    applyMigrations(db, migrations, v);
    expect(db.prepare('SELECT id, must_change_password FROM sessions').all()).toEqual([{ id: 's1', must_change_password: 0 }]);
    expect(db.prepare('SELECT count(*) FROM account_security').pluck().get()).toBe(0);
    db.prepare("INSERT INTO account_security (user_id) VALUES ('u1')").run();
    expect(db.prepare('SELECT failed_attempts, locked_until, failed_since_sign_in FROM account_security').get()).toEqual({ failed_attempts: 0, locked_until: null, failed_since_sign_in: 0 });
    expect(() => db.prepare("INSERT INTO account_security (user_id) VALUES ('nobody')").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
