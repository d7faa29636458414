import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../electron/backend/audit/verify';
import { openTestBackend, snapshot, withAllRoles, type TestBackend } from '../helpers/backend';

let t: TestBackend;
beforeEach(() => {
  t = openTestBackend();
});
afterEach(() => t.close());

async function someHistory() {
  const { quality_manager: qm, author } = await withAllRoles(t.backend);
  const doc = await author.call('documents.create', { title: '服务质量管理制度', type: 'regulation' });
  const edited = await author.call('documents.update', { id: doc.id, version: doc.version, tags: ['服务'] });
  await qm.call('documents.markObsolete', { id: doc.id, version: edited.version, reason: '合并入质量手册' });
  return { qm, author, doc };
}

const sqlite = () => t.backend.store.sqlite;
const entries = () => sqlite().prepare('SELECT count(*) FROM audit_log').pluck().get() as number;

describe('audit trail', () => {
  it('records who changed what, with before and after, for every mutation', async () => {
    const { qm, doc } = await someHistory();
    const history = await qm.call('audit.history', { entity: 'document', entityId: doc.id });
    expect(history.items.map((e) => e.action)).toEqual(['markObsolete', 'update', 'create']);
    const [obsolete, update, create] = history.items;
    expect(create!.actorName).toBe('author');
    expect(create!.before).toBeNull();
    expect(update!.before).toMatchObject({ tags: [] });
    expect(update!.after).toMatchObject({ tags: ['服务'] });
    expect(obsolete!.actorName).toBe('质量经理');
    expect(obsolete!.after).toMatchObject({ status: 'obsolete', obsoleteReason: '合并入质量手册' });
  });

  it('never stores password hashes in the trail', async () => {
    await someHistory();
    const all = sqlite().prepare('SELECT before, after FROM audit_log').all() as { before: string; after: string }[];
    expect(JSON.stringify(all)).not.toMatch(/scrypt\$|password/i);
  });

  it('writes nothing when the change fails', async () => {
    const { author } = await withAllRoles(t.backend);
    await author.call('documents.create', { number: 'QM-R-001', title: '质量手册', type: 'manual' });
    const before = snapshot(t.backend);
    const r = await author.raw('documents.create', { number: 'qm-r-001', title: '另一份', type: 'manual' });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(snapshot(t.backend)).toBe(before);
  });

  it('verifies an intact chain', async () => {
    await someHistory();
    const report = verifyChain(sqlite());
    expect(report).toMatchObject({ intact: true, problems: [] });
    expect(report.checked).toBe(entries());
  });

  it('detects an edited entry', async () => {
    await someHistory();
    sqlite().prepare("UPDATE audit_log SET actor_name = '别人' WHERE seq = 5").run();
    expect(verifyChain(sqlite()).problems).toEqual([{ seq: 5, problem: 'hash' }]);
  });

  it('detects a deleted entry in the middle', async () => {
    await someHistory();
    sqlite().prepare('DELETE FROM audit_log WHERE seq = 4').run();
    expect(verifyChain(sqlite()).problems).toEqual([
      { seq: 5, problem: 'gap' },
      { seq: 5, problem: 'link' },
    ]);
  });

  it('detects entries removed from the end', async () => {
    await someHistory();
    const last = entries();
    sqlite().prepare('DELETE FROM audit_log WHERE seq = ?').run(last);
    expect(verifyChain(sqlite())).toMatchObject({ intact: false, problems: [{ problem: 'head' }] });
  });

  it('detects an inserted entry, even one with a correct hash of its own', async () => {
    await someHistory();
    const db = sqlite();
    db.prepare('UPDATE audit_log SET seq = seq + 1000 WHERE seq > 3').run();
    db.prepare('UPDATE audit_log SET seq = seq - 999 WHERE seq > 1000').run();
    const third = db.prepare('SELECT * FROM audit_log WHERE seq = 3').get() as Record<string, unknown>;
    const { hashEntry } = await import('../../electron/backend/audit/trail');
    const forged = { ...third, seq: 4, id: '01890a5d-ac96-774b-bcce-b302099a8057', action: 'delete', prev_hash: third.hash };
    delete (forged as Record<string, unknown>).hash;
    db.prepare(
      'INSERT INTO audit_log (seq, id, at, actor_id, actor_name, entity, entity_id, action, before, after, prev_hash, hash) VALUES (@seq, @id, @at, @actor_id, @actor_name, @entity, @entity_id, @action, @before, @after, @prev_hash, @hash)',
    ).run({ ...forged, hash: hashEntry(forged as never) });
    const report = verifyChain(db);
    expect(report.intact).toBe(false);
    expect(report.problems).toContainEqual({ seq: 5, problem: 'link' });
  });
});
