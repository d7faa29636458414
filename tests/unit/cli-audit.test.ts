import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/backend';
import { qms } from '../helpers/cli';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

describe('qms audit list and the demo programme', () => {
  it("the demo has the year's programme: eight audits covering every department and clause, approved; qms audit list prints one line each", async () => {
    const demo = join(tmp.dir, 'demo.sqlite');
    await qms('demo', '--db', demo);
    const year = new Date().getFullYear();
    const r = await qms('audit', 'list', '--db', demo);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines).toHaveLength(8);
    // The findings by grade come from the auditors' part of the demo (checklists and findings).
    expect(lines[0]).toMatch(new RegExp(`^IA-${year}-001\t质量管理部内部审核\t${year}-01-11~${year}-01-12\tclosed\tmajor \\d+ minor \\d+ observation \\d+ improvement \\d+$`));
    expect(lines.map((l) => l.split('\t')[3])).toEqual(['closed', 'closed', 'closed', 'closed', 'in progress', 'planned', 'planned', 'planned']);
    const db = new BetterSqlite3(demo, { readonly: true });
    try {
      expect(db.prepare('SELECT status FROM audit_programmes WHERE year = ?').pluck().get(year)).toBe('approved');
      // Every department (units directly under the organisation) is audited, and every clause is in some audit.
      const missingDepts = db
        .prepare(
          `SELECT name FROM departments d WHERE d.kind = 'department' AND d.closed_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM audit_units u WHERE u.unit_id = d.id AND u.removed_at IS NULL)`,
        )
        .pluck()
        .all();
      expect(missingDepts).toEqual([]);
      expect(db.prepare("SELECT count(DISTINCT clause) FROM audit_criteria WHERE kind = 'clause' AND removed_at IS NULL").pluck().get()).toBe(28);
    } finally {
      db.close();
    }
    expect((await qms('audit', '--db', demo)).code).toBe(2);
  }, 120_000);
});
