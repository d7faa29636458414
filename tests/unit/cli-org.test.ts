import { writeFileSync } from 'node:fs';
import { DEMO_ACCOUNTS } from '../../electron/backend/demo/demo-data';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/backend';
import { qms } from '../helpers/cli';
import { orgWorkbook } from '../helpers/org';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

const count = (file: string, sql: string) => {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.prepare(sql).pluck().get();
  } finally {
    db.close();
  }
};

describe('qms org and the demo organisation', () => {
  it('the demo has ~40 units, ~60 positions and ~300 staff; export then import into a new database rebuilds it', async () => {
    const demo = join(tmp.dir, 'demo.sqlite');
    await qms('demo', '--db', demo);
    expect(count(demo, 'SELECT COUNT(*) FROM departments')).toBeGreaterThanOrEqual(40);
    expect(count(demo, 'SELECT COUNT(*) FROM positions')).toBeGreaterThanOrEqual(60);
    expect(count(demo, 'SELECT COUNT(*) FROM people')).toBeGreaterThanOrEqual(290);
    expect(count(demo, 'SELECT COUNT(*) FROM people WHERE user_id IS NOT NULL')).toBe(DEMO_ACCOUNTS.length);
    const out = join(tmp.dir, 'org.xlsx');
    expect(await qms('org', 'export', '--db', demo, '--out', out)).toMatchObject({ code: 0 });

    const fresh = join(tmp.dir, 'fresh.sqlite');
    expect(await qms('init', '--db', fresh)).toMatchObject({ code: 0 });
    const preview = await qms('org', 'import', '--db', fresh, '--in', out, '--preview');
    expect(preview.code).toBe(1); // the demo accounts do not exist in the new database
    expect(preview.err).toContain('The account "zhanghua" does not exist.');
    expect(count(fresh, 'SELECT COUNT(*) FROM people')).toBe(0);

    const again = join(tmp.dir, 'demo2.sqlite');
    await qms('demo', '--db', again);
    const r = await qms('org', 'import', '--db', again, '--in', out);
    expect(r).toMatchObject({ code: 0 });
    expect(r.out).toContain('Units: 0 created, 0 updated');
    expect(r.out).toContain('Imported.');
    expect(await qms('verify', '--db', again)).toMatchObject({ code: 0 });
  }, 60_000);

  it('prints the refused rows and writes nothing', async () => {
    const db = join(tmp.dir, 'qms.sqlite');
    await qms('init', '--db', db);
    const bad = join(tmp.dir, 'bad.xlsx');
    writeFileSync(bad, await orgWorkbook([['OPS', '运营部', '部门', '', '', '']], [], [['A1', '刘洋', '', '', '', 'NOPE', '客服', '', '']]));
    const r = await qms('org', 'import', '--db', db, '--in', bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain('人员 row 2: The unit "NOPE" does not exist.');
    expect(count(db, 'SELECT COUNT(*) FROM departments')).toBe(1);
    expect((await qms('org', 'import', '--db', db)).code).toBe(2);
  });
});
