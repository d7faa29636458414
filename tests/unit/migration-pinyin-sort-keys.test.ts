import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../electron/backend/app-root';
import { applyMigrations, loadMigrations, migrationVersion } from '../../electron/backend/db/migrations';
import { sortKey } from '../../shared/text/sort-key';
import { openTestBackend, tempDir, withAllRoles, type Client, type TestBackend } from '../helpers/backend';

const migrations = loadMigrations(join(APP_ROOT, 'migrations'));
const version = migrationVersion(migrations, 'pinyin_sort_keys');

describe('sort keys', () => {
  it('order Chinese by pinyin, not by code point', () => {
    const titles = ['员工手册', '外包管理办法', '不合格品控制程序', '内部审核程序'];
    expect([...titles].sort()).toEqual(['不合格品控制程序', '内部审核程序', '员工手册', '外包管理办法']);
    expect([...titles].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1))).toEqual(['不合格品控制程序', '内部审核程序', '外包管理办法', '员工手册']);
    expect(sortKey('ISO 9001 质量手册')).toBe('iso 9001 zhi4 liang4 shou3 ce4');
  });
});

describe('migration pinyin_sort_keys', () => {
  let tmp: ReturnType<typeof tempDir>;
  afterEach(() => tmp.cleanup());

  it('fills the keys of existing documents, users and departments and reports what it did', () => {
    tmp = tempDir();
    const db = new BetterSqlite3(join(tmp.dir, 'qms.sqlite'));
    applyMigrations(db, migrations, version - 1);
    db.prepare("INSERT INTO departments (id, name, code, version, created_at, updated_at) VALUES ('d1', '质量管理部', 'QA', 1, 'x', 'x')").run();
    db.prepare(
      "INSERT INTO users (id, username, display_name, role, department_id, password_hash, created_at, updated_at) VALUES ('u1', 'zh', '张华', 'author', 'd1', 'h', 'x', 'x')",
    ).run();
    db.prepare(
      "INSERT INTO documents (id, number, title, type, department_id, status, version_label, tags, version, created_at, updated_at) VALUES ('doc1', 'QM-R-001', '员工手册', 'regulation', 'd1', 'draft', 'A/0', '[]', 4, 'x', 'x')",
    ).run();
    applyMigrations(db, migrations, version);
    expect(db.prepare('SELECT title, title_sort, version FROM documents').get()).toEqual({ title: '员工手册', title_sort: 'yuan2 gong1 shou3 ce4', version: 4 });
    expect(db.prepare('SELECT name_sort FROM users').pluck().get()).toBe('zhang1 hua2');
    expect(db.prepare('SELECT name_sort FROM departments').pluck().get()).toBe('zhi4 liang4 guan3 li3 bu4');
    const report = db.prepare('SELECT migration, entity, message FROM migration_report ORDER BY id').all() as { migration: string; entity: string; message: string }[];
    expect(report.map((r) => r.entity)).toEqual(['document', 'user', 'department']);
    expect(report[0]!.migration).toMatch(/^\d{4}_pinyin_sort_keys$/);
    expect(report[0]!.message).toContain('1 个文件标题');
    db.close();
  });
});

describe('the register, users and departments sort by pinyin', () => {
  let t: TestBackend;
  let qm: Client;
  beforeEach(async () => {
    t = openTestBackend();
    ({ quality_manager: qm } = await withAllRoles(t.backend));
  });
  afterEach(() => t.close());

  it('keeps the key up to date on create and rename', async () => {
    for (const title of ['员工手册', '外包管理办法', '不合格品控制程序', '内部审核程序'])
      await qm.call('documents.create', { title, type: 'procedure' });
    const list = async () => (await qm.call('documents.list', { sort: 'title', dir: 'asc' })).items.map((d) => d.title);
    expect(await list()).toEqual(['不合格品控制程序', '内部审核程序', '外包管理办法', '员工手册']);
    const doc = (await qm.call('documents.list', { q: '员工' })).items[0]!;
    await qm.call('documents.update', { id: doc.id, version: doc.version, title: '安全生产规定' });
    expect((await list())[0]).toBe('安全生产规定');

    for (const [name, code] of [['外联部', 'WL'], ['办公室', 'BG']] as const) await qm.call('departments.create', { name, code });
    const deps = await qm.call('departments.list', { sort: 'name', dir: 'asc' });
    expect(deps.items.map((d) => d.name)).toEqual(['办公室', '外联部']);
  });
});
