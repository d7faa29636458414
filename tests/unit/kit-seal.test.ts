import { randomBytes } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { canonicalRow, computeSeal, type SealedFacts } from '../../electron/backend/kit/seal';

const facts: SealedFacts = { kitId: 'k1', mainDatabaseId: 'm1', scopes: [{ scope: 'audit:a', label: 'IA-2026-01', sequence: 1 }], forUsers: ['auditor'], createdAt: '2026-11-23T00:00:00.000Z', createdBy: 'qm' };

function kitWith(rows: [string, string, string][]) {
  const db = new BetterSqlite3(':memory:');
  db.exec('CREATE TABLE kit_base (tbl TEXT, row_id TEXT, data TEXT, PRIMARY KEY (tbl, row_id))');
  for (const r of rows) db.prepare('INSERT INTO kit_base VALUES (?, ?, ?)').run(...r);
  return db;
}

describe('the seal', () => {
  it('serialises a row canonically: columns in name order, blobs by their hash', () => {
    const photo = randomBytes(1000);
    const a = canonicalRow({ name: '照片', id: 'x', data: photo, size: 1000, thumbnail: null });
    expect(a).toBe(canonicalRow({ thumbnail: null, size: 1000, data: Buffer.from(photo), id: 'x', name: '照片' }));
    expect(a).not.toContain(photo.toString('base64').slice(0, 20));
    const changed = Buffer.from(photo);
    changed[500]! ^= 1;
    expect(canonicalRow({ name: '照片', id: 'x', data: changed, size: 1000, thumbnail: null })).not.toBe(a);
  });

  it('depends on the secret, on every fact and on every base row, not on insertion order', () => {
    const secret = randomBytes(32);
    const rows: [string, string, string][] = [['documents', 'd1', '[["id","d1"]]'], ['departments', 'u1', '[["id","u1"]]']];
    const seal = computeSeal(secret, facts, kitWith(rows));
    expect(seal).toMatch(/^[0-9a-f]{64}$/);
    expect(computeSeal(secret, facts, kitWith([...rows].reverse()))).toBe(seal);
    expect(computeSeal(randomBytes(32), facts, kitWith(rows))).not.toBe(seal);
    expect(computeSeal(secret, { ...facts, scopes: [{ ...facts.scopes[0]!, sequence: 2 }] }, kitWith(rows))).not.toBe(seal);
    expect(computeSeal(secret, { ...facts, forUsers: ['auditor', 'qm'] }, kitWith(rows))).not.toBe(seal);
    expect(computeSeal(secret, facts, kitWith(rows.slice(1)))).not.toBe(seal);
    expect(computeSeal(secret, facts, kitWith([rows[0]!, ['departments', 'u1', '[["id","u2"]]']]))).not.toBe(seal);
  });
});
