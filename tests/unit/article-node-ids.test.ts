import { createHash } from 'node:crypto';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../electron/backend/app-root';
import { applyMigrations, loadMigrations, migrationVersion } from '../../electron/backend/db/migrations';
import { effectiveArticles, citeArticle } from '../../electron/backend/services/regulation-articles';
import { ensureNodeIds, withoutNodeIds } from '../../shared/editor/node-ids';
import type { Content } from '../../shared/editor/content';
import { openTestBackend, PASSWORD, tempDir, withAllRoles, type Client, type TestBackend } from '../helpers/backend';
import { effectiveRegulation } from '../helpers/regulations';

const migrations = loadMigrations(join(APP_ROOT, 'migrations'));
const version = migrationVersion(migrations, 'article_node_ids');
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

const block = (type: string, text: string, attrs?: Record<string, unknown>) => ({ type, ...(attrs ? { attrs } : {}), content: [{ type: 'text', text }] });
const content = (blocks: unknown[]) => ({ schemaVersion: 1, doc: { type: 'doc', content: blocks } }) as Content;

describe('migration article_node_ids', () => {
  let tmp: ReturnType<typeof tempDir>;
  afterEach(() => tmp.cleanup());

  it('gives every chapter and article of stored revisions a unique id, keeps the fingerprints and reports the counts', () => {
    tmp = tempDir();
    const db = new BetterSqlite3(join(tmp.dir, 'qms.sqlite'));
    applyMigrations(db, migrations, version - 1);
    db.prepare("INSERT INTO documents (id, number, title, type, department_id, status, version_label, tags, version, created_at, updated_at) VALUES ('doc1', 'R-1', '制度', 'regulation', NULL, 'effective', 'A/0', '[]', 1, 'x', 'x')").run();
    const old = JSON.stringify(content([block('chapter', '总则'), block('article', '目的'), block('clause', '一项'), block('article', '范围'), block('paragraph', '正文')]));
    const copied = JSON.stringify(content([block('article', '范围', { nodeId: 'keep' }), block('article', '重复', { nodeId: 'keep' })]));
    const plain = JSON.stringify(content([block('paragraph', '没有条款')]));
    const insert = db.prepare("INSERT INTO revisions (id, document_id, revision_no, label, status, content, content_hash, body_text, version, created_at, updated_at) VALUES (?, 'doc1', ?, ?, ?, ?, ?, '', 1, 'x', 'x')");
    insert.run('r1', 1, 'A/0', 'superseded', old, sha(old));
    insert.run('r2', 2, 'A/1', 'effective', plain, sha(plain));
    insert.run('r3', 3, 'A/2', 'draft', '{not json', 'h');
    db.prepare("INSERT INTO documents (id, number, title, type, department_id, status, version_label, tags, version, created_at, updated_at) VALUES ('doc2', 'R-2', '制度二', 'regulation', NULL, 'draft', 'A/0', '[]', 1, 'x', 'x')").run();
    db.prepare("INSERT INTO revisions (id, document_id, revision_no, label, status, content, content_hash, body_text, version, created_at, updated_at) VALUES ('r4', 'doc2', 1, 'A/0', 'draft', ?, 'h4', '', 1, 'x', 'x')").run(copied);
    applyMigrations(db, migrations, version);

    const r1 = db.prepare("SELECT content, content_hash FROM revisions WHERE id = 'r1'").get() as { content: string; content_hash: string };
    const blocks = (JSON.parse(r1.content) as Content).doc.content;
    const idsOf = blocks.map((b) => b.attrs?.nodeId ?? null);
    expect(idsOf[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(idsOf[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(idsOf[2]).toBeNull(); // a clause is not cited on its own
    expect(new Set(idsOf.filter(Boolean)).size).toBe(3);
    const r4 = (JSON.parse(db.prepare("SELECT content FROM revisions WHERE id = 'r4'").pluck().get() as string) as Content).doc.content;
    expect(r4[0]!.attrs!.nodeId).toBe('keep');
    expect(r4[1]!.attrs!.nodeId).toMatch(/^[0-9a-f-]{36}$/);
    // The fingerprint covers the content without ids: unchanged, so signatures over it stay valid.
    expect(r1.content_hash).toBe(sha(old));
    expect(sha(withoutNodeIds(JSON.parse(r1.content) as Content))).toBe(r1.content_hash);
    expect(db.prepare("SELECT content FROM revisions WHERE id = 'r2'").pluck().get()).toBe(plain);
    expect(db.prepare("SELECT content FROM revisions WHERE id = 'r3'").pluck().get()).toBe('{not json');

    const report = db.prepare('SELECT migration, entity_id, details FROM migration_report ORDER BY id').all() as { migration: string; entity_id: string | null; details: string | null }[];
    expect(report[0]!.migration).toMatch(/^\d{4}_article_node_ids$/);
    expect(report.map((r) => r.entity_id)).toEqual(['r3', null]);
    expect(JSON.parse(report[1]!.details!)).toEqual({ revisions: 2, assigned: 4 });
    db.close();
  });
});

describe('ids on save and the articles of an effective revision', () => {
  let t: TestBackend;
  let qm: Client;
  let author: Client;
  beforeEach(async () => {
    t = openTestBackend();
    ({ quality_manager: qm, author } = await withAllRoles(t.backend));
  });
  afterEach(() => t.close());

  it('ensureNodeIds fixes missing and repeated ids only', () => {
    let n = 0;
    const c = content([block('article', 'a', { nodeId: 'x' }), block('article', 'b', { nodeId: 'x' }), block('chapter', 'c'), block('paragraph', 'p')]);
    const { content: fixed, assigned } = ensureNodeIds(c, () => `new${++n}`);
    expect(assigned).toBe(2);
    expect(fixed.doc.content.map((b) => b.attrs?.nodeId ?? null)).toEqual(['x', 'new1', 'new2', null]);
    expect(ensureNodeIds(fixed).content).toBe(fixed);
  });

  it('stores content saved without ids with ids, and the fingerprint ignores them', async () => {
    const doc = await qm.call('documents.create', { title: '制度', type: 'regulation' });
    const draft = await author.call('revisions.startDraft', { documentId: doc.id });
    const bare = content([block('chapter', '总则'), block('article', '目的')]);
    const saved = await author.call('revisions.save', { id: draft.id, version: draft.version, content: bare });
    const got = await author.call('revisions.get', { id: saved.id });
    const ids = (got.content as Content).doc.content.map((b) => b.attrs?.nodeId);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(got.contentHash).toBe(sha(JSON.stringify(bare)));
  });

  it('lists the articles of an effective revision with their 第X条 labels and refuses a superseded one', async () => {
    const { doc, revision } = await effectiveRegulation(qm, author);
    const { source, articles } = await effectiveArticles(t.backend.store.db, revision.id);
    expect(source).toMatchObject({ revisionId: revision.id, documentNumber: doc.number, status: 'effective' });
    expect(articles.length).toBeGreaterThan(5);
    expect(articles[0]!.label).toBe('第一条');
    expect(articles[0]!.chapter).toMatch(/^第一章/);
    expect(articles[10]!.label).toBe('第十一条');
    expect(new Set(articles.map((a) => a.nodeId)).size).toBe(articles.length);
    const cited = await citeArticle(t.backend.store.db, revision.id, articles[2]!.nodeId);
    expect(cited.article.text).toBe(articles[2]!.text);

    // A new revision takes over: the old one is superseded and can no longer be cited.
    const next = await author.call('revisions.startDraft', { documentId: doc.id });
    const sub = await author.call('revisions.submit', { id: next.id, version: next.version, changeReason: '修订', effectiveDate: null, password: PASSWORD });
    await qm.call('revisions.sign', { id: sub.id, version: sub.version, password: PASSWORD, contentHash: sub.contentHash });
    await expect(effectiveArticles(t.backend.store.db, revision.id)).rejects.toMatchObject({ code: 'CONFLICT' });
    // The new revision copied the content with the same ids: an article keeps its identity across revisions.
    const again = await effectiveArticles(t.backend.store.db, sub.id);
    expect(again.articles.map((a) => a.nodeId)).toEqual(articles.map((a) => a.nodeId));
  });
});
